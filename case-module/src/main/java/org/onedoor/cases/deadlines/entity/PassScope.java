package org.onedoor.cases.deadlines.entity;

/** Which centers a deadline pass visits. */
public enum PassScope {
    /** Every open center: marks, and rewrites every center's backlog snapshot (a sweep). */
    ALL,
    /** Only the centers whose next clock instant has come (the minute's pass). */
    DUE
}
