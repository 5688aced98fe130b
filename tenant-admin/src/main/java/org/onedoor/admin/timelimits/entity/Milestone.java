package org.onedoor.admin.timelimits.entity;

/**
 * What a time limit is for: the decision to accept or refuse a matter (受理/不予受理, which the law sets
 * for petitions), or its conclusion (办结: resolved, or not resolved and referred).
 */
public enum Milestone {
    ACCEPT,
    CONCLUDE
}
