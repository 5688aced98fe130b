package org.onedoor.cases.casefiles.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.onedoor.cases.casefiles.entity.Satisfaction;

/** The follow-up visit: the resident's satisfaction and notes. */
public class FollowUpForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Satisfaction satisfaction;

    @Size(max = 2000)
    private String notes;

    public Satisfaction getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
