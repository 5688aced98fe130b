package org.onedoor.cases.casefiles.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onedoor.cases.casefiles.entity.SessionParticipants;

/**
 * A mediation session to record. Its participants are chosen (issue #22.3): parties of the case by
 * id, staff by username, anyone else in words; at least one. {@code participants}, the free text of
 * before, is still taken, as others.
 */
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private OffsetDateTime heldAt;

    @Schema(description = "Parties of the case who took part, by id (shown masked).")
    @Size(max = 20)
    private List<UUID> parties = new ArrayList<>();

    @Schema(
            description =
                    "Staff who took part, by username; named as the case's timeline knows them" + " (e.g. the caller).")
    @Size(max = 20)
    private List<String> staff = new ArrayList<>();

    @Schema(description = "Anyone else who took part, in words (e.g. 社区民警). Name no resident here: choose parties.")
    @Size(max = 500)
    private String others;

    @Schema(deprecated = true, description = "Before issue #22.3: all participants in words. Taken as `others`.")
    @Size(max = 500)
    private String participants;

    @NotBlank
    @Size(max = 4000)
    private String notes;

    /** Who took part, as the case file takes it; the old free text counts as others when none are given. */
    public SessionParticipants participants() {
        String words = others == null || others.isBlank() ? participants : others;
        return new SessionParticipants(parties, staff, words);
    }

    public OffsetDateTime getHeldAt() {
        return heldAt;
    }

    public void setHeldAt(OffsetDateTime heldAt) {
        this.heldAt = heldAt;
    }

    public List<UUID> getParties() {
        return parties;
    }

    public void setParties(List<UUID> parties) {
        this.parties = parties == null ? new ArrayList<>() : parties;
    }

    public List<String> getStaff() {
        return staff;
    }

    public void setStaff(List<String> staff) {
        this.staff = staff == null ? new ArrayList<>() : staff;
    }

    public String getOthers() {
        return others;
    }

    public void setOthers(String others) {
        this.others = others;
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
