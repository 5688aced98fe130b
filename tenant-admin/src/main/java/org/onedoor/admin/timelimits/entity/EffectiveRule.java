package org.onedoor.admin.timelimits.entity;

import java.time.Instant;

/**
 * A time limit as a center sees it at an instant, and where it comes from: {@value #DEFAULT} (what
 * every center starts from), {@value #INHERITED} from the ancestor center {@code inheritedFrom}, or
 * {@value #OWN}.
 */
public record EffectiveRule(RuleKey key, Limit limit, String origin, String inheritedFrom, Instant effectiveFrom) {

    public static final String DEFAULT = "default";
    public static final String INHERITED = "inherited";
    public static final String OWN = "own";
}
