package org.onedoor.admin.timelimits.entity;

import java.time.Instant;
import java.util.Objects;
import org.onedoor.platform.calendar.entity.Limit;

/**
 * One version of a time limit as a center's table holds it: in force from {@code effectiveFrom} until
 * {@code supersededAt} (null: still in force). Versions are never changed, only superseded, so the
 * limit a case opened under can always be found again.
 */
public record Rule(RuleKey key, Limit limit, Instant effectiveFrom, Instant supersededAt) {

    public Rule {
        Objects.requireNonNull(key, "A key is required.");
        Objects.requireNonNull(limit, "A limit is required.");
        Objects.requireNonNull(effectiveFrom, "A rule is in force from an instant.");
        if (supersededAt != null && supersededAt.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("A rule is superseded after it comes into force.");
        }
    }

    /** A rule in force from {@code effectiveFrom} on. */
    public static Rule inForce(RuleKey key, Limit limit, Instant effectiveFrom) {
        return new Rule(key, limit, effectiveFrom, null);
    }

    /** Whether this version was the one in force at {@code at}: from its start, up to (not at) its end. */
    public boolean inForceAt(Instant at) {
        return !effectiveFrom.isAfter(at) && (supersededAt == null || supersededAt.isAfter(at));
    }
}
