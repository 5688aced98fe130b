package org.onedoor.cases.casefiles.entity;

/** What a timeline entry records. Stored by name: the statistics' recount reads these names in SQL. */
public enum CaseAction {
    /** The front desk registered the matter (the entry carries the registration time and clerk). */
    REGISTERED,
    DISPATCHED,
    ACCEPTED,
    SESSION,
    REGRADED,
    RESOLVED,
    NOT_RESOLVED,
    FOLLOWED_UP,
    CLOSED,
    /** The case left for the parent center; this copy stays read-only. */
    ESCALATED,
    /** The escalated case arrived at the parent (recorded in the parent's copy). */
    ESCALATED_IN,
    /** Someone was named to work on the case. */
    ASSIGNED,
    /** The time limit was extended (延期), with the parties' consent. */
    EXTENDED,
    /** The clock was suspended (中止). */
    SUSPENDED,
    RESUMED,
    /** The deadline pass found the case due soon (yellow). */
    DUE_SOON,
    /** The deadline pass found the case overdue (red): reminded, and on the supervision list. */
    OVERDUE,
    /** The district's consultation (提级会诊) was asked for, with the question. */
    CONSULTATION_ASKED,
    /** The district recorded its opinion (entry of the district's center, in the asking center's file). */
    CONSULTED,
    /** A routine visit (走访) was made. */
    VISITED
}
