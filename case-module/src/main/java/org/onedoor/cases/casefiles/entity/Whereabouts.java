package org.onedoor.cases.casefiles.entity;

/**
 * Where an escalated case is handled now, and how it stands there: what the first receiver
 * (首接负责制) sees on the read-only copy it kept. {@code state} and {@code outcome} are null when the
 * case cannot be followed further.
 */
public record Whereabouts(String center, String state, String outcome) {}
