package org.onedoor.admin.timelimits.entity;

/**
 * What a rule of a center's workflow is for (ADR 0028): the decision to accept or refuse a matter
 * (受理/不予受理, which the law sets for petitions), its conclusion (办结: resolved, or not resolved and
 * referred) — and the steps a grade's path requires on the way, each with its own time: the
 * district's consultation (提级会诊) before a special case may conclude, the routine visits (走访) of a
 * community case on a rhythm. A step's rule of amount 0 switches the step off for the key.
 */
public enum Milestone {
    ACCEPT,
    CONCLUDE,
    /** 提级会诊: the district records its opinion within the limit, and before conclusion. */
    CONSULT,
    /** 定期走访: a visit within the limit of the opening, then of each visit, until concluded. */
    VISIT;

    /** Whether the milestone is a step of the path, which amount 0 switches off. */
    public boolean isStep() {
        return this == CONSULT || this == VISIT;
    }
}
