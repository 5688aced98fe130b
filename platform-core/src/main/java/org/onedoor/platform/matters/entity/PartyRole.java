package org.onedoor.platform.matters.entity;

/** A party's side in the matter: the resident who came (applicant), the other side, or another person. */
public enum PartyRole {
    APPLICANT,
    RESPONDENT,
    OTHER
}
