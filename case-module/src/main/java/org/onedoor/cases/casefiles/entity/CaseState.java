package org.onedoor.cases.casefiles.entity;

/**
 * Where a case stands. Dispatched to a room (or, escalated, to the center), accepted by a mediator,
 * then resolved with an agreement or not resolved with a referral, followed up, closed. ESCALATED
 * is the read-only copy left with a center after the case moved up.
 */
public enum CaseState {
    DISPATCHED,
    ACCEPTED,
    RESOLVED,
    NOT_RESOLVED,
    FOLLOWED_UP,
    CLOSED,
    ESCALATED;

    public boolean isClosed() {
        return this == CLOSED;
    }
}
