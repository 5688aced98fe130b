package org.onedoor.cases.casefiles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.security.entity.Actor;

/** One step on the case's timeline: when, who, in which center, what. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private CaseFile caseFile;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Column(nullable = false)
    private String actor;

    /** The actor's name when the step was taken; null in entries written before names were kept. */
    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "center_code", nullable = false)
    private String centerCode;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private CaseAction action;

    private String detail;

    /** The case's grade when this happened: the statistics count it under that grade. */
    @Enumerated(EnumType.STRING)
    private Grade grade;

    protected CaseEvent() {}

    CaseEvent(CaseFile caseFile, String centerCode, CaseAction action, String detail, Actor actor) {
        this(caseFile, centerCode, action, detail, actor, OffsetDateTime.now());
    }

    CaseEvent(CaseFile caseFile, String centerCode, CaseAction action, String detail, Actor actor, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.caseFile = caseFile;
        this.at = at;
        this.centerCode = centerCode;
        this.action = action;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.actor = actor.username();
        this.actorName = actor.name();
        this.grade = caseFile.grade();
    }

    public UUID id() {
        return id;
    }

    public OffsetDateTime at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    /** Who took the step, with the name people read (the username when none was kept). */
    public Actor actedBy() {
        return new Actor(actor, actorName);
    }

    public String centerCode() {
        return centerCode;
    }

    public CaseAction action() {
        return action;
    }

    public String detail() {
        return detail;
    }

    public Grade grade() {
        return grade;
    }
}
