package org.onedoor.platform.calendar.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.Violation;

/**
 * The national calendar of one year as the State Council's notice sets it: the year, the notice it
 * comes from and its exceptional days. Built only whole and valid ({@link #of}), so a mistake in any
 * day saves nothing.
 */
public record CalendarYear(int year, String source, List<CalendarDay> days) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;
    public static final int SOURCE_LENGTH = 200;

    public CalendarYear {
        Objects.requireNonNull(source, "A source is required.");
        days = days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }

    /** What the operator sends: {"year":2027,"source":"国办发明电〔…〕…","days":[…]}. */
    public record Draft(Integer year, String source, List<CalendarDay.Draft> days) {}

    /** The year of {@code draft}, or an {@link InvalidInputException} naming every broken rule. */
    public static CalendarYear of(Draft draft) {
        List<Violation> violations = new ArrayList<>();
        Integer year = draft == null ? null : draft.year();
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            violations.add(new Violation("year", "calendar.year.invalid", FIRST_YEAR, LAST_YEAR));
        }
        String source =
                draft == null || draft.source() == null ? "" : draft.source().strip();
        if (source.isEmpty() || source.length() > SOURCE_LENGTH) {
            violations.add(new Violation("source", "calendar.year.source.invalid", SOURCE_LENGTH));
        }
        List<CalendarDay.Draft> drafts = draft == null || draft.days() == null ? List.of() : draft.days();
        if (drafts.isEmpty()) {
            violations.add(new Violation("days", "calendar.year.days.required"));
        }
        List<CalendarDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            String field = "days[" + i + "]";
            CalendarDay day = CalendarDay.parse(field, drafts.get(i), violations);
            if (day == null) {
                continue;
            }
            if (year != null && day.date().getYear() != year) {
                violations.add(new Violation(field + ".date", "calendar.day.outside-year", day.date(), year));
            } else if (!seen.add(day.date())) {
                violations.add(new Violation(field + ".date", "calendar.day.duplicate", day.date()));
            } else {
                days.add(day);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CalendarYear(year, source, days);
    }
}
