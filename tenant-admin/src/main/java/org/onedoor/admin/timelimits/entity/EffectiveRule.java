package org.onedoor.admin.timelimits.entity;

import java.time.Instant;
import org.onedoor.platform.calendar.entity.Limit;

/**
 * A time limit as a center sees it at an instant, and where it comes from: {@value #DEFAULT} (what
 * every center starts from), {@value #INHERITED} from the ancestor center {@code inheritedFrom}, or
 * {@value #OWN}; {@code overrides} is the rule of the same key it hides, set higher up (null: none).
 */
public record EffectiveRule(
        RuleKey key, Limit limit, String origin, String inheritedFrom, Instant effectiveFrom, Overridden overrides) {

    public static final String DEFAULT = "default";
    public static final String INHERITED = "inherited";
    public static final String OWN = "own";

    /** The rule of the same key an override hides: the default, or an ancestor's. */
    public record Overridden(Limit limit, String origin, String inheritedFrom) {}

    EffectiveRule overriding(EffectiveRule hidden) {
        return new EffectiveRule(
                key,
                limit,
                origin,
                inheritedFrom,
                effectiveFrom,
                new Overridden(hidden.limit(), hidden.origin(), hidden.inheritedFrom()));
    }
}
