package org.onedoor.admin.timelimits.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.calendar.entity.LimitUnit;
import org.onedoor.platform.i18n.control.Languages;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.Violation;

/** Bad input is refused before anything is saved, each mistake named by its field, in both languages. */
class RuleInputTest {

    static final Predicate<String> DICTIONARY = Set.of("labour", "wage-arrears", "neighbour")::contains;

    static final RuleKey.Draft KEY = new RuleKey.Draft("CONCLUDE", "labour", "SPECIALIST", null);
    static final Limit.Draft LIMIT = new Limit.Draft(5, "WORKING_DAYS", 1, 5);

    static List<Violation> violations(RuleKey.Draft key, Limit.Draft limit) {
        return catchThrowableOfType(InvalidInputException.class, () -> RuleInput.rule(key, limit, DICTIONARY))
                .violations();
    }

    @Test
    @DisplayName("#15.2 a valid rule: key parts, * for every grade or channel, unit in any case")
    void validRule() {
        RuleInput.Valid valid = RuleInput.rule(
                new RuleKey.Draft("conclude", "*", "*", "petition"),
                new Limit.Draft(60, "calendar_days", 1, 30),
                DICTIONARY);

        assertThat(valid.key()).isEqualTo(new RuleKey(Milestone.CONCLUDE, "*", null, Channel.PETITION));
        assertThat(valid.limit()).isEqualTo(Limit.of(60, LimitUnit.CALENDAR_DAYS, 1, 30));
        assertThat(RuleInput.rule(KEY, new Limit.Draft(0, "WORKING_DAYS", null, null), DICTIONARY)
                        .limit())
                .as("no extensions when none are given")
                .isEqualTo(Limit.of(0, LimitUnit.WORKING_DAYS));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(
                        "unknown category",
                        new RuleKey.Draft("CONCLUDE", "gardening", "*", null),
                        LIMIT,
                        "category",
                        "time-limit.category.unknown"),
                Arguments.of(
                        "no category",
                        new RuleKey.Draft("CONCLUDE", " ", "*", null),
                        LIMIT,
                        "category",
                        "time-limit.category.required"),
                Arguments.of(
                        "unknown grade",
                        new RuleKey.Draft("CONCLUDE", "labour", "URGENT", null),
                        LIMIT,
                        "grade",
                        "time-limit.grade.unknown"),
                Arguments.of(
                        "unknown channel",
                        new RuleKey.Draft("CONCLUDE", "labour", "*", "FAX"),
                        LIMIT,
                        "channel",
                        "time-limit.channel.unknown"),
                Arguments.of(
                        "unknown milestone",
                        new RuleKey.Draft("REPLY", "labour", "*", null),
                        LIMIT,
                        "milestone",
                        "time-limit.milestone.unknown"),
                Arguments.of("unknown unit", KEY, new Limit.Draft(5, "WEEKS", 0, 0), "unit", "time-limit.unit.unknown"),
                Arguments.of("no unit", KEY, new Limit.Draft(5, null, 0, 0), "unit", "time-limit.unit.unknown"),
                Arguments.of(
                        "no amount",
                        KEY,
                        new Limit.Draft(null, "WORKING_DAYS", 0, 0),
                        "amount",
                        "time-limit.amount.required"),
                Arguments.of("no body", KEY, null, "amount", "time-limit.amount.required"),
                Arguments.of(
                        "negative amount",
                        KEY,
                        new Limit.Draft(-1, "WORKING_DAYS", 0, 0),
                        "amount",
                        "time-limit.amount.negative"),
                Arguments.of(
                        "more than a year of days",
                        KEY,
                        new Limit.Draft(366, "CALENDAR_DAYS", 0, 0),
                        "amount",
                        "time-limit.amount.too-large"),
                Arguments.of(
                        "more than 2000 working hours",
                        KEY,
                        new Limit.Draft(2001, "WORKING_HOURS", 0, 0),
                        "amount",
                        "time-limit.amount.too-large"),
                Arguments.of(
                        "zero working hours",
                        KEY,
                        new Limit.Draft(0, "WORKING_HOURS", 0, 0),
                        "amount",
                        "time-limit.amount.hours-zero"),
                Arguments.of(
                        "four extensions",
                        KEY,
                        new Limit.Draft(5, "WORKING_DAYS", 4, 5),
                        "maxExtensions",
                        "time-limit.extensions.out-of-range"),
                Arguments.of(
                        "negative extensions",
                        KEY,
                        new Limit.Draft(5, "WORKING_DAYS", -1, 0),
                        "maxExtensions",
                        "time-limit.extensions.out-of-range"),
                Arguments.of(
                        "negative extension amount",
                        KEY,
                        new Limit.Draft(5, "WORKING_DAYS", 1, -5),
                        "extensionAmount",
                        "time-limit.extension-amount.negative"),
                Arguments.of(
                        "extension longer than a year",
                        KEY,
                        new Limit.Draft(5, "CALENDAR_DAYS", 1, 400),
                        "extensionAmount",
                        "time-limit.extension-amount.too-large"),
                Arguments.of(
                        "extensions of nothing",
                        KEY,
                        new Limit.Draft(5, "WORKING_DAYS", 2, 0),
                        "extensionAmount",
                        "time-limit.extension-amount.required"),
                Arguments.of(
                        "an extension amount without extensions",
                        KEY,
                        new Limit.Draft(5, "WORKING_DAYS", 0, 5),
                        "extensionAmount",
                        "time-limit.extension-amount.without-extensions"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    @DisplayName("#15.2 bad input names its field, with a message in Chinese and English")
    void badInputNamesItsField(String what, RuleKey.Draft key, Limit.Draft limit, String field, String messageKey) {
        List<Violation> violations = violations(key, limit);

        assertThat(violations)
                .singleElement()
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(field, messageKey);
        Messages messages = new Messages();
        for (Locale language : Languages.SUPPORTED) {
            assertThat(messages.text(language, messageKey, violations.get(0).arguments()))
                    .as(messageKey + " in " + language)
                    .isNotEqualTo(messageKey)
                    .doesNotContain("{0}");
        }
    }

    @Test
    @DisplayName("#15.2 every mistake of the key and the limit is listed at once")
    void everyMistakeAtOnce() {
        List<Violation> violations = violations(
                new RuleKey.Draft("LATER", "gardening", "URGENT", "FAX"), new Limit.Draft(-3, "WEEKS", 9, -1));

        assertThat(violations)
                .extracting(Violation::field)
                .containsExactlyInAnyOrder(
                        "milestone",
                        "category",
                        "grade",
                        "channel",
                        "unit",
                        "amount",
                        "maxExtensions",
                        "extensionAmount");
    }

    @Test
    @DisplayName("#15.2 a case's key needs its category and grade; its channel may be unknown")
    void caseKey() {
        assertThat(RuleInput.caseKey(new RuleKey.Draft("ACCEPT", "wage-arrears", "community", null), DICTIONARY))
                .isEqualTo(new RuleKey(Milestone.ACCEPT, "wage-arrears", Grade.COMMUNITY, null));
        assertThatThrownBy(() -> RuleInput.caseKey(new RuleKey.Draft("CONCLUDE", "*", "*", null), DICTIONARY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field, Violation::messageKey)
                                .containsExactly(
                                        tuple("category", "time-limit.category.required"),
                                        tuple("grade", "time-limit.grade.required")));
    }

    @Test
    @DisplayName("#15.2 a case's rule is resolved at the given instant, else at its opening, else now")
    void resolvedAt() {
        Instant now = Instant.parse("2026-12-05T02:00:00Z");

        assertThat(RuleInput.resolvedAt(null, null, now)).isEqualTo(now);
        assertThat(RuleInput.resolvedAt(" ", "2026-02-13T16:00:00+08:00", now))
                .isEqualTo(Instant.parse("2026-02-13T08:00:00Z"));
        assertThat(RuleInput.resolvedAt("2026-03-01T00:00:00Z", "2026-02-13T16:00:00+08:00", now))
                .isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    @DisplayName("#15.2 an instant without an offset, or not an instant, is refused naming its parameter")
    void badInstants() {
        Instant now = Instant.now();
        for (String[] bad : new String[][] {{"2026-02-13T16:00", null, "at"}, {null, "yesterday", "from"}}) {
            assertThatThrownBy(() -> RuleInput.resolvedAt(bad[0], bad[1], now))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.violations())
                                    .singleElement()
                                    .extracting(Violation::field, Violation::messageKey)
                                    .containsExactly(bad[2], "time-limit.instant.invalid"));
        }
    }

    @Test
    @DisplayName("#15.2 the messages of refusals outside validation exist in both languages")
    void otherMessages() {
        Messages messages = new Messages();
        for (String key : List.of(
                "time-limit.none",
                "time-limit.not-own",
                "time-limit.changed",
                "time-limit.instant.invalid",
                "time-limit.grade.required")) {
            for (Locale language : Languages.SUPPORTED) {
                assertThat(messages.text(language, key, "CONCLUDE", "labour", "SPECIALIST"))
                        .as(key + " in " + language)
                        .isNotEqualTo(key);
            }
        }
    }
}
