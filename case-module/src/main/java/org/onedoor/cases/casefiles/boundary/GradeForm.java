package org.onedoor.cases.casefiles.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.onedoor.platform.matters.entity.Grade;

/** A new triage grade and why. */
public class GradeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Grade grade;

    @Size(max = 500)
    private String reason;

    public Grade getGrade() {
        return grade;
    }

    public void setGrade(Grade grade) {
        this.grade = grade;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
