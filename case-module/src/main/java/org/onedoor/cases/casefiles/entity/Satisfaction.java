package org.onedoor.cases.casefiles.entity;

/** The resident's answer at the follow-up visit (回访). */
public enum Satisfaction {
    VERY_SATISFIED,
    SATISFIED,
    NEUTRAL,
    DISSATISFIED
}
