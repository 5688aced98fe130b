package org.onedoor.cases.casefiles.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A mediation session and its record (调解笔录). Its participants are the case's parties and staff
 * as chosen, plus others in words; sessions recorded before issue #22.3 have only the words, as
 * typed then.
 */
@Entity
@Table(name = "case_session")
public class MediationSession {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private CaseFile caseFile;

    @Column(name = "held_at", nullable = false)
    private OffsetDateTime heldAt;

    /** Other participants in words (before issue #22.3: all of them, as typed). */
    @Column(name = "participants")
    private String others;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<SessionParticipant> chosen = new ArrayList<>();

    @Column(nullable = false)
    private String notes;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected MediationSession() {}

    /** {@code staffNames}: the names of the chosen staff, where known. */
    MediationSession(
            CaseFile caseFile,
            OffsetDateTime heldAt,
            SessionParticipants participants,
            Map<String, String> staffNames,
            String notes,
            String actor) {
        this.id = UUID.randomUUID();
        this.caseFile = caseFile;
        this.heldAt = heldAt;
        this.others = participants.others();
        this.notes = notes;
        this.recordedBy = actor;
        this.recordedAt = OffsetDateTime.now();
        for (UUID party : participants.parties()) {
            chosen.add(SessionParticipant.party(this, chosen.size(), party));
        }
        for (String username : participants.staff()) {
            chosen.add(SessionParticipant.staff(this, chosen.size(), username, staffNames.get(username)));
        }
    }

    public UUID id() {
        return id;
    }

    CaseFile caseFile() {
        return caseFile;
    }

    public OffsetDateTime heldAt() {
        return heldAt;
    }

    /** The parties chosen, by id. */
    public List<UUID> parties() {
        return chosen.stream()
                .filter(participant -> participant.kind() == SessionParticipant.Kind.PARTY)
                .map(SessionParticipant::partyId)
                .toList();
    }

    /** The staff chosen, with their names as recorded. */
    public List<SessionParticipant> staff() {
        return chosen.stream()
                .filter(participant -> participant.kind() == SessionParticipant.Kind.STAFF)
                .toList();
    }

    /** Other participants in words, as written: may name a party in full; show it through {@link CaseFile#masked}. */
    public String others() {
        return others;
    }

    /**
     * Everyone who took part as people may read it: parties masked, staff by name, others with any
     * party's name masked.
     */
    public List<String> shownParticipants() {
        List<String> shown = new ArrayList<>();
        for (SessionParticipant participant : chosen) {
            shown.add(
                    participant.kind() == SessionParticipant.Kind.PARTY
                            ? caseFile.maskedPartyName(participant.partyId())
                            : participant.name() == null ? participant.username() : participant.name());
        }
        if (others != null) {
            shown.add(caseFile.masked(others));
        }
        return shown;
    }

    public String notes() {
        return notes;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
