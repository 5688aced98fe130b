package org.onedoor.cases.casefiles.entity;

/** Where a matter goes when mediation fails. */
public enum Referral {
    LITIGATION,
    ARBITRATION,
    COMPETENT_DEPARTMENT
}
