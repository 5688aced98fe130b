package org.onedoor.cases.casefiles.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A mediation session to record. */
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private OffsetDateTime heldAt;

    @NotBlank
    @Size(max = 500)
    private String participants;

    @NotBlank
    @Size(max = 4000)
    private String notes;

    public OffsetDateTime getHeldAt() {
        return heldAt;
    }

    public void setHeldAt(OffsetDateTime heldAt) {
        this.heldAt = heldAt;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
