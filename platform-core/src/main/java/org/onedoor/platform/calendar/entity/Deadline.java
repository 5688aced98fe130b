package org.onedoor.platform.calendar.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.onedoor.platform.time.entity.CenterTime;

/**
 * When a time limit counted from an opening instant ends, on the center's calendar: {@code endsAt},
 * the last day on which it is met ({@code lastDay}, in the centers' time zone), and whether a year
 * whose national calendar is not loaded was counted Monday to Friday ({@code provisional}).
 * <ul>
 *   <li>working days: the end of the {@code n}-th working day after the opening's (0: the end of
 *       its own working day, or of the next one when opened after hours or on a day off);
 *   <li>working hours: when that much working time has passed;
 *   <li>calendar days: the end (24:00) of the {@code n}-th day after the opening's; the holiday
 *       calendar does not count, so it is never provisional.
 * </ul>
 */
public record Deadline(Instant endsAt, LocalDate lastDay, boolean provisional) {

    /** The deadline of {@code limit} for a case opened at {@code openedAt}, before any extension. */
    public static Deadline of(Limit limit, Instant openedAt, Calendar calendar) {
        return after(limit, 0, openedAt, calendar);
    }

    /** The deadline once {@code extensions} extensions were granted (each adds its amount from the opening). */
    public static Deadline after(Limit limit, int extensions, Instant openedAt, Calendar calendar) {
        int amount = limit.amountAfter(extensions);
        ZoneId zone = CenterTime.zone();
        return switch (limit.unit()) {
            case WORKING_DAYS -> of(calendar.workingDaysAfter(openedAt, amount), zone);
            case WORKING_HOURS -> of(calendar.workingHoursAfter(openedAt, Duration.ofHours(amount)), zone);
            case CALENDAR_DAYS -> {
                LocalDate last = openedAt.atZone(zone).toLocalDate().plusDays(amount);
                yield new Deadline(last.plusDays(1).atStartOfDay(zone).toInstant(), last, false);
            }
        };
    }

    private static Deadline of(Calendar.Answer<Instant> answer, ZoneId zone) {
        return new Deadline(answer.value(), answer.value().atZone(zone).toLocalDate(), answer.provisional());
    }
}
