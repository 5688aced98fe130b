package org.onedoor.admin.timelimits.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.problems.entity.Violation;

/**
 * What a time limit applies to: a milestone, and a category of the center's dictionary, a grade and
 * a channel, each of which may be {@value #ANY} (every one). A null grade or channel means every
 * grade or channel; as a case's key (to resolve), a null channel means none is known, so only rules
 * for every channel apply.
 */
public record RuleKey(Milestone milestone, String category, Grade grade, Channel channel) {

    /** Every category, grade or channel, as written in the path, the table and the representation. */
    public static final String ANY = "*";

    public static final Comparator<RuleKey> ORDER = Comparator.comparing(RuleKey::milestone)
            .thenComparing(
                    RuleKey::category,
                    Comparator.comparing((String code) -> !ANY.equals(code)).thenComparing(Comparator.naturalOrder()))
            .thenComparing(RuleKey::grade, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RuleKey::channel, Comparator.nullsFirst(Comparator.naturalOrder()));

    public RuleKey {
        Objects.requireNonNull(milestone, "A milestone is required.");
        Objects.requireNonNull(category, "A category (or *) is required.");
    }

    public boolean anyCategory() {
        return ANY.equals(category);
    }

    /** The grade as written: its name, or {@value #ANY}. */
    public String gradeText() {
        return grade == null ? ANY : grade.name();
    }

    /** The channel as written: its name, or {@value #ANY}. */
    public String channelText() {
        return channel == null ? ANY : channel.name();
    }

    @Override
    public String toString() {
        return milestone + "/" + category + "/" + gradeText() + "/" + channelText();
    }

    /** A key as written in a path or a query: every part still text, so each mistake is named by its field. */
    public record Draft(String milestone, String category, String grade, String channel) {}

    /**
     * The key of a rule, where {@value #ANY} stands for every category, grade or channel (a missing
     * channel too); null with the mistakes added to {@code violations}.
     */
    public static RuleKey parseRule(Draft draft, Predicate<String> knownCategory, List<Violation> violations) {
        return parse(draft, knownCategory, violations, false);
    }

    /**
     * The key of a case: its category and grade, and its channel if known; null with the mistakes
     * added to {@code violations}.
     */
    public static RuleKey parseCase(Draft draft, Predicate<String> knownCategory, List<Violation> violations) {
        return parse(draft, knownCategory, violations, true);
    }

    private static RuleKey parse(
            Draft draft, Predicate<String> knownCategory, List<Violation> violations, boolean concrete) {
        int before = violations.size();
        Milestone milestone =
                valueOf(Milestone.class, "milestone", "time-limit.milestone.unknown", draft.milestone(), violations);
        String category = draft.category() == null ? "" : draft.category().strip();
        if (category.isEmpty() || (concrete && ANY.equals(category))) {
            violations.add(new Violation("category", "time-limit.category.required"));
        } else if (!ANY.equals(category) && !knownCategory.test(category)) {
            violations.add(new Violation("category", "time-limit.category.unknown", category));
        }
        Grade grade = concrete && isAny(draft.grade())
                ? missing("grade", "time-limit.grade.required", violations)
                : anyOr(Grade.class, "grade", "time-limit.grade.unknown", draft.grade(), violations);
        Channel channel = anyOr(Channel.class, "channel", "time-limit.channel.unknown", draft.channel(), violations);
        return violations.size() > before ? null : new RuleKey(milestone, category, grade, channel);
    }

    private static boolean isAny(String text) {
        return text == null || text.isBlank() || ANY.equals(text.strip());
    }

    private static <T> T missing(String field, String key, List<Violation> violations) {
        violations.add(new Violation(field, key));
        return null;
    }

    private static <E extends Enum<E>> E anyOr(
            Class<E> type, String field, String key, String text, List<Violation> violations) {
        return isAny(text) ? null : valueOf(type, field, key, text, violations);
    }

    private static <E extends Enum<E>> E valueOf(
            Class<E> type, String field, String key, String text, List<Violation> violations) {
        try {
            return Enum.valueOf(
                    type, Objects.requireNonNullElse(text, "").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, key, Objects.toString(text, "")));
            return null;
        }
    }
}
