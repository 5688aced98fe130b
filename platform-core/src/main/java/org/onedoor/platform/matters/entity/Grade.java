package org.onedoor.platform.matters.entity;

/** Triage grade (分级诊疗): ordinary, specialist, special (high risk) or community (long-running). */
public enum Grade {
    ORDINARY,
    SPECIALIST,
    SPECIAL,
    COMMUNITY
}
