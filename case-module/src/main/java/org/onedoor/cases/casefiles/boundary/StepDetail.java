package org.onedoor.cases.casefiles.boundary;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.onedoor.cases.casefiles.entity.CaseAction;
import org.onedoor.cases.casefiles.entity.Referral;
import org.onedoor.cases.casefiles.entity.Satisfaction;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.time.entity.CenterTime;

/**
 * A timeline entry's detail as a person reads it (issue #22.1). The case file writes details for
 * its own use — the statistics read a follow-up's satisfaction by its constant, an escalation names
 * the center by code — so they are put into words here, on the way to the page: grades, referrals
 * and satisfaction by their labels, centers by name. A detail that does not have the expected shape
 * (or an unknown action) is shown as it is.
 */
final class StepDetail {

    /** What the words come from: labels, page texts, center names. */
    interface Words {
        String label(String vocabulary, String constant);

        String text(String key, Object... arguments);

        String centerName(String code);
    }

    private static final Pattern REGRADED = Pattern.compile("([A-Z_]+) → ([A-Z_]+)(?:: (.*))?", Pattern.DOTALL);
    private static final Pattern REFERRED = Pattern.compile("([A-Z_]+)(?: (.*?))?: (.*)", Pattern.DOTALL);
    private static final Pattern MOVED = Pattern.compile("(\\S+) → (\\S+?)(?:: (.*))?", Pattern.DOTALL);
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern CENTER_AND_REASON = Pattern.compile("(\\d{6}(?:\\d{3}){0,2}): (.*)", Pattern.DOTALL);

    private StepDetail() {}

    static String inWords(String action, String detail, Words words) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        CaseAction known = Arrays.stream(CaseAction.values())
                .filter(candidate -> candidate.name().equals(action))
                .findFirst()
                .orElse(null);
        if (known == null) {
            return detail;
        }
        return switch (known) {
            case REGRADED -> regraded(detail, words);
            case NOT_RESOLVED -> referred(detail, words);
            case FOLLOWED_UP -> is(Satisfaction.class, detail) ? words.label("Satisfaction", detail) : detail;
            case ESCALATED -> escalated("ui.timeline.escalated-to", detail, words);
            case ESCALATED_IN -> escalated("ui.timeline.escalated-from", detail, words);
            case EXTENDED, RESUMED -> moved(detail, words);
            case DUE_SOON, OVERDUE -> time(detail);
            default -> detail;
        };
    }

    /** {@code ORDINARY → SPECIAL: 复杂} → 普通门诊 → 特需门诊：复杂 */
    private static String regraded(String detail, Words words) {
        Matcher matcher = REGRADED.matcher(detail);
        if (!matcher.matches() || !is(Grade.class, matcher.group(1)) || !is(Grade.class, matcher.group(2))) {
            return detail;
        }
        String grades = words.text(
                "ui.timeline.regraded", words.label("Grade", matcher.group(1)), words.label("Grade", matcher.group(2)));
        return withReason(grades, matcher.group(3), words);
    }

    /** {@code COMPETENT_DEPARTMENT 区人社局: 欠薪} → 主管部门 区人社局：欠薪 */
    private static String referred(String detail, Words words) {
        Matcher matcher = REFERRED.matcher(detail);
        if (!matcher.matches() || !is(Referral.class, matcher.group(1))) {
            return detail;
        }
        String to =
                words.label("Referral", matcher.group(1)) + (matcher.group(2) == null ? "" : " " + matcher.group(2));
        return withReason(to, matcher.group(3), words);
    }

    /** {@code 2026-12-04T09:30:00Z → 2026-12-18T09:30:00Z: 等待鉴定} → 期限 2026-12-04 17:30 → 2026-12-18 17:30：等待鉴定 */
    private static String moved(String detail, Words words) {
        Matcher matcher = MOVED.matcher(detail);
        if (!matcher.matches()) {
            return detail;
        }
        String deadlines = words.text("ui.timeline.moved-deadline", time(matcher.group(1)), time(matcher.group(2)));
        return withReason(deadlines, matcher.group(3), words);
    }

    /** An instant the case file wrote, in the centers' time zone; anything else as it is. */
    private static String time(String text) {
        try {
            return SHOWN_TIME.format(Instant.parse(text.strip()).atZone(CenterTime.zone()));
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    /** {@code 420102: 矛盾激烈} → 至江岸区：矛盾激烈 (or 自… on the receiving side) */
    private static String escalated(String key, String detail, Words words) {
        Matcher matcher = CENTER_AND_REASON.matcher(detail);
        if (!matcher.matches()) {
            return detail;
        }
        return words.text(key, words.centerName(matcher.group(1)), matcher.group(2));
    }

    private static String withReason(String what, String reason, Words words) {
        return reason == null || reason.isBlank() ? what : words.text("ui.timeline.reason", what, reason);
    }

    private static boolean is(Class<? extends Enum<?>> vocabulary, String constant) {
        Set<String> names =
                Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
        return names.contains(constant);
    }
}
