package org.onedoor.admin.timelimits.entity;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.Violation;

/**
 * What an administrator or a module sends, checked before anything is read or saved: every mistake
 * of the key and the limit is named by its field in one {@link InvalidInputException}.
 */
public final class RuleInput {

    /** A rule to set: its key and its limit. */
    public record Valid(RuleKey key, Limit limit) {}

    private RuleInput() {}

    /** The key and limit of a rule to set; {@code knownCategory} tells the center's categories. */
    public static Valid rule(RuleKey.Draft key, Limit.Draft limit, Predicate<String> knownCategory) {
        List<Violation> violations = new ArrayList<>();
        RuleKey parsedKey = RuleKey.parseRule(key, knownCategory, violations);
        Limit parsedLimit = Limit.parse(limit, violations);
        if (parsedKey != null
                && parsedKey.milestone().isStep()
                && parsedLimit != null
                && parsedLimit.maxExtensions() > 0) {
            violations.add(new Violation("maxExtensions", "time-limit.step.no-extensions"));
        }
        requireNone(violations);
        return new Valid(parsedKey, parsedLimit);
    }

    /** The key of a rule to remove. */
    public static RuleKey ruleKey(RuleKey.Draft key, Predicate<String> knownCategory) {
        List<Violation> violations = new ArrayList<>();
        RuleKey parsed = RuleKey.parseRule(key, knownCategory, violations);
        requireNone(violations);
        return parsed;
    }

    /** The key of a case, to resolve its rule. */
    public static RuleKey caseKey(RuleKey.Draft key, Predicate<String> knownCategory) {
        List<Violation> violations = new ArrayList<>();
        RuleKey parsed = RuleKey.parseCase(key, knownCategory, violations);
        requireNone(violations);
        return parsed;
    }

    /** An ISO 8601 instant with its offset ({@code 2026-02-13T16:00:00+08:00}, {@code …Z}), named {@code field}. */
    public static Instant instant(String field, String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidInputException(field, "time-limit.instant.invalid", String.valueOf(text));
        }
    }

    /**
     * The instant a case's rule is resolved at: {@code at} when given, else the case's opening
     * {@code from} (the rule it keeps), else {@code now}.
     */
    public static Instant resolvedAt(String at, String from, Instant now) {
        if (at != null && !at.isBlank()) {
            return instant("at", at);
        }
        return from != null && !from.isBlank() ? instant("from", from) : now;
    }

    private static void requireNone(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
