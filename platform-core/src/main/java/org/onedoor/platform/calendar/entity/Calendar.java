package org.onedoor.platform.calendar.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.onedoor.platform.problems.entity.InvalidInputException;

/**
 * The working days and hours of one center: the national calendar, overridden by the local days of
 * its district. Years whose national calendar is not loaded count Monday to Friday, and every answer
 * that touched such a year says it is provisional. Pure: built from days, no database.
 */
public final class Calendar {

    private final Set<Integer> loadedYears;
    private final Map<LocalDate, CalendarDay> days = new HashMap<>();
    private final WorkingHours hours;
    private final ZoneId zone;

    /** A deadline or a duration, and whether a year without its national calendar was counted. */
    public record Answer<T>(T value, boolean provisional) {}

    public Calendar(
            Set<Integer> loadedYears,
            Collection<CalendarDay> national,
            Collection<CalendarDay> local,
            WorkingHours hours,
            ZoneId zone) {
        this.loadedYears = Set.copyOf(loadedYears);
        national.forEach(day -> days.put(day.date(), day));
        // a district's own day wins over the national one on the same date
        local.forEach(day -> days.put(day.date(), day));
        this.hours = hours;
        this.zone = zone;
    }

    public boolean isLoaded(int year) {
        return loadedYears.contains(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay day = days.get(date);
        return day == null ? !CalendarDay.isWeekend(date) : day.isWorking();
    }

    /**
     * The end of the {@code n}-th working day after {@code t}'s; {@code n = 0} is the end of {@code t}'s
     * own working day, or of the next one when {@code t} is not on a working day or after its hours.
     */
    public Answer<Instant> workingDaysAfter(Instant t, int n) {
        if (n < 0) {
            throw new InvalidInputException("n", "calendar.days.negative", n);
        }
        ZonedDateTime start = t.atZone(zone);
        LocalDate day = start.toLocalDate();
        if (!isWorkingDay(day) || !start.toLocalTime().isBefore(hours.endOfDay())) {
            day = nextWorkingDay(day);
        }
        for (int i = 0; i < n; i++) {
            day = nextWorkingDay(day);
        }
        return answer(day.atTime(hours.endOfDay()).atZone(zone).toInstant(), start.toLocalDate(), day);
    }

    /** The instant by which {@code d} of working time has passed after {@code t}. */
    public Answer<Instant> workingHoursAfter(Instant t, Duration d) {
        if (d.isNegative()) {
            throw new InvalidInputException("d", "calendar.duration.negative", d);
        }
        LocalDateTime at = LocalDateTime.ofInstant(t, zone);
        LocalDate first = at.toLocalDate();
        if (d.isZero()) {
            return answer(t, first, first);
        }
        Duration left = d;
        while (true) {
            if (isWorkingDay(at.toLocalDate())) {
                for (WorkingHours.Period period : hours.periods()) {
                    LocalDateTime from = max(at, at.toLocalDate().atTime(period.start()));
                    LocalDateTime to = at.toLocalDate().atTime(period.end());
                    if (from.isBefore(to)) {
                        Duration here = Duration.between(from, to);
                        if (here.compareTo(left) >= 0) {
                            LocalDateTime end = from.plus(left);
                            return answer(end.atZone(zone).toInstant(), first, end.toLocalDate());
                        }
                        left = left.minus(here);
                        at = to;
                    }
                }
            }
            at = at.toLocalDate().plusDays(1).atStartOfDay();
        }
    }

    /** The working time between {@code a} and {@code b}. */
    public Answer<Duration> workingTimeBetween(Instant a, Instant b) {
        if (b.isBefore(a)) {
            throw new InvalidInputException("b", "calendar.duration.negative", Duration.between(a, b));
        }
        LocalDateTime from = LocalDateTime.ofInstant(a, zone);
        LocalDateTime until = LocalDateTime.ofInstant(b, zone);
        Duration total = Duration.ZERO;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(until.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (WorkingHours.Period period : hours.periods()) {
                LocalDateTime start = max(from, day.atTime(period.start()));
                LocalDateTime end = min(until, day.atTime(period.end()));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return answer(total, from.toLocalDate(), until.toLocalDate());
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private <T> Answer<T> answer(T value, LocalDate from, LocalDate until) {
        for (int year = from.getYear(); year <= until.getYear(); year++) {
            if (!isLoaded(year)) {
                return new Answer<>(value, true);
            }
        }
        return new Answer<>(value, false);
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    /** The end of every working day, by which "same day" work is due. */
    public LocalTime endOfWorkingDay() {
        return hours.endOfDay();
    }
}
