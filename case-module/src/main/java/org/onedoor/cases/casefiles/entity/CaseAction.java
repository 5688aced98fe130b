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
    ESCALATED_IN
}
