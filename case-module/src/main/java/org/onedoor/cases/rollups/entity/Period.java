package org.onedoor.cases.rollups.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onedoor.platform.problems.entity.InvalidInputException;

/**
 * The days a figure covers, both ends included, in China Standard Time: a day, an ISO week (Monday
 * to Sunday), a month, a quarter, a year — each the one containing {@code date} — or custom days.
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {

    /** Custom periods span at most this many days: three years, with a leap day. */
    public static final long LONGEST = 3 * 366;

    /** Trends of periods up to this many days are drawn per day, longer ones per month. */
    static final long DAILY_UP_TO = 62;

    /** The first day a period may name: nothing older is kept in OneDoor. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    public enum Kind {
        DAY,
        WEEK,
        MONTH,
        QUARTER,
        YEAR,
        CUSTOM
    }

    public Period {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "rollups.period.reversed", from, to);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > LONGEST) {
            throw new InvalidInputException("to", "rollups.period.too-long", LONGEST);
        }
    }

    /** The period of {@code kind} containing {@code date}. */
    public static Period containing(Kind kind, LocalDate date) {
        return switch (kind) {
            case DAY -> new Period(kind, date, date);
            case WEEK ->
                new Period(
                        kind,
                        date.with(DayOfWeek.MONDAY),
                        date.with(DayOfWeek.MONDAY).plusDays(6));
            case MONTH -> new Period(kind, date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()));
            case QUARTER -> {
                LocalDate first = date.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new Period(kind, first, first.plusMonths(3).minusDays(1));
            }
            case YEAR -> new Period(kind, date.withDayOfYear(1), date.with(TemporalAdjusters.lastDayOfYear()));
            case CUSTOM -> throw new InvalidInputException("period", "rollups.period.custom-needs-days");
        };
    }

    /**
     * The period a request names: {@code kind} (MONTH by default) around {@code date} (today by
     * default), or CUSTOM from {@code from} to {@code to}. Days lie between {@link #EARLIEST} and the
     * end of next year; anything else is refused naming the parameter.
     */
    public static Period parse(String kind, String date, String from, String to, LocalDate today) {
        Kind parsed = parseKind(kind);
        if (parsed == Kind.CUSTOM) {
            if (from == null || from.isBlank()) {
                throw new InvalidInputException("from", "rollups.period.custom-needs-days");
            }
            if (to == null || to.isBlank()) {
                throw new InvalidInputException("to", "rollups.period.custom-needs-days");
            }
            return new Period(Kind.CUSTOM, parseDay("from", from, today), parseDay("to", to, today));
        }
        return containing(parsed, date == null || date.isBlank() ? today : parseDay("date", date, today));
    }

    /**
     * The calendar months this period consists of, when it is whole months (a month, a quarter, a
     * year, or custom days from a month's first to a month's last day); empty otherwise.
     */
    public List<YearMonth> wholeMonths() {
        if (from.getDayOfMonth() != 1 || !to.equals(to.with(TemporalAdjusters.lastDayOfMonth()))) {
            return List.of();
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** Whether every day of this period lies before the month of {@code today}. */
    public boolean endedBefore(YearMonth current) {
        return YearMonth.from(to).isBefore(current);
    }

    /** The same days one year earlier, for the year-on-year change (29 February becomes 28). */
    public Period yearBefore() {
        return new Period(kind, from.minusYears(1), to.minusYears(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Whether the trend of this period is drawn per day (else per month). */
    public boolean dailyTrend() {
        return days() <= DAILY_UP_TO;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static Kind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return Kind.MONTH;
        }
        try {
            return Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", "rollups.period.unknown", kind);
        }
    }

    private static LocalDate parseDay(String field, String text, LocalDate today) {
        LocalDate day;
        try {
            day = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "rollups.period.bad-day", text);
        }
        LocalDate latest = today.plusYears(1).with(TemporalAdjusters.lastDayOfYear());
        if (day.isBefore(EARLIEST) || day.isAfter(latest)) {
            throw new InvalidInputException(field, "rollups.period.out-of-range", day, EARLIEST, latest);
        }
        return day;
    }
}
