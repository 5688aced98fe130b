package org.onedoor.cases.casefiles.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.onedoor.platform.matters.entity.Grade;

/** A new triage grade and why. */
public class GradeForm {

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
