package org.onedoor.cases.casefiles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A mediation session and its record (调解笔录). */
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

    @Column(nullable = false)
    private String participants;

    @Column(nullable = false)
    private String notes;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected MediationSession() {}

    MediationSession(CaseFile caseFile, OffsetDateTime heldAt, String participants, String notes, String actor) {
        this.id = UUID.randomUUID();
        this.caseFile = caseFile;
        this.heldAt = heldAt;
        this.participants = participants;
        this.notes = notes;
        this.recordedBy = actor;
        this.recordedAt = OffsetDateTime.now();
    }

    public UUID id() {
        return id;
    }

    public OffsetDateTime heldAt() {
        return heldAt;
    }

    public String participants() {
        return participants;
    }

    public String notes() {
        return notes;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
