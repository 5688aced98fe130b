package org.onedoor.cases.casefiles.entity;

/**
 * Where a case stands against its deadline, as the deadline pass last marked it: running on time,
 * yellow (due soon), red (overdue); once concluded, met or late. {@code NONE}: no time limit applies
 * (cases opened before clocks existed, or a center with no rule for the case).
 */
public enum ClockMark {
    NONE,
    ON_TIME,
    DUE_SOON,
    OVERDUE,
    MET,
    LATE;

    /** Whether the deadline pass still watches a case with this mark. */
    public boolean isRunning() {
        return this == ON_TIME || this == DUE_SOON || this == OVERDUE;
    }
}
