package org.onedoor.platform.calendar.entity;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.Violation;

/**
 * One exceptional day: a public holiday with its name (元旦, 春节 …) or a Saturday or Sunday that is
 * worked (调休上班; named after the holiday it makes up for). Every other day is a working day from
 * Monday to Friday.
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

    /** One constant for the column and the check. */
    public static final int NAME_LENGTH = 20;

    public CalendarDay {
        Objects.requireNonNull(date, "A date is required.");
        Objects.requireNonNull(kind, "A kind is required.");
        if (kind == DayKind.HOLIDAY && (name == null || name.isBlank())) {
            throw new IllegalArgumentException("A holiday has a name.");
        }
        if (kind == DayKind.WORKING && !isWeekend(date)) {
            throw new IllegalArgumentException("Only a Saturday or Sunday can be an adjusted working day: " + date);
        }
    }

    public boolean isWorking() {
        return kind == DayKind.WORKING;
    }

    public static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** A day as a client sends it: every part still text, so each mistake is named by its field. */
    public record Draft(String date, String kind, String name) {}

    /** The draft as a day; the mistakes are added to {@code violations} under {@code field}. */
    static CalendarDay parse(String field, Draft draft, List<Violation> violations) {
        if (draft == null) {
            violations.add(new Violation(field, "calendar.day.required"));
            return null;
        }
        LocalDate date = dateOf(field + ".date", draft.date(), violations);
        DayKind kind = kindOf(field + ".kind", draft.kind(), violations);
        String name = draft.name() == null || draft.name().isBlank()
                ? null
                : draft.name().strip();
        int before = violations.size();
        if (name != null && name.length() > NAME_LENGTH) {
            violations.add(new Violation(field + ".name", "calendar.day.name.too-long", NAME_LENGTH));
        }
        if (kind == DayKind.HOLIDAY && name == null) {
            violations.add(new Violation(field + ".name", "calendar.day.name.required"));
        }
        if (kind == DayKind.WORKING && date != null && !isWeekend(date)) {
            violations.add(new Violation(field + ".kind", "calendar.day.working-on-weekday", date));
        }
        return date == null || kind == null || violations.size() > before ? null : new CalendarDay(date, kind, name);
    }

    /** One day alone (a district's local day), or the exception naming each broken rule. */
    public static CalendarDay of(Draft draft) {
        List<Violation> violations = new java.util.ArrayList<>();
        CalendarDay day = parse("day", draft, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return day;
    }

    private static LocalDate dateOf(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "calendar.day.date.required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            violations.add(new Violation(field, "calendar.day.date.invalid", text));
            return null;
        }
    }

    private static DayKind kindOf(String field, String text, List<Violation> violations) {
        try {
            return DayKind.valueOf(Objects.requireNonNullElse(text, "").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "calendar.day.kind.unknown", Objects.toString(text, "")));
            return null;
        }
    }
}
