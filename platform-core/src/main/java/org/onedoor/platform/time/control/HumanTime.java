package org.onedoor.platform.time.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.time.entity.CenterTime;

/**
 * Times as people read them (issue #22.1): in the centers' time zone, to the minute ({@code
 * 2026-12-04 22:50}), today's as {@code 今天 22:50} / {@code today 22:50}; days as {@code 2026年12月4日}
 * / {@code 4 Dec 2026}. Stored times stay instants; only what is shown is put into words, here.
 */
public final class HumanTime {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final ZoneId zone;
    private final Clock clock;

    public HumanTime(Messages messages, ZoneId zone, Clock clock) {
        this.messages = messages;
        this.zone = zone;
        this.clock = clock;
    }

    /** In the configured zone ({@link CenterTime}), by the system clock. */
    public static HumanTime inCenters(Messages messages) {
        return new HumanTime(messages, CenterTime.zone(), Clock.systemUTC());
    }

    /** An instant to the minute; today's with the word for today. */
    public String at(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(zone);
        if (local.toLocalDate().equals(LocalDate.now(clock.withZone(zone)))) {
            return messages.text(locale, "time.today", CLOCK.format(local));
        }
        return MINUTE.format(local);
    }

    /** A calendar day. */
    public String day(LocalDate day, Locale locale) {
        return day == null
                ? ""
                : DateTimeFormatter.ofPattern(messages.text(locale, "time.day"), locale)
                        .format(day);
    }

    /**
     * Whatever time value a view holds: a day as a day, anything with an instant ({@code
     * OffsetDateTime}, {@code ZonedDateTime}, {@code Instant}; a {@code LocalDateTime} is the centers') to
     * the minute; empty for nothing.
     */
    public String of(Object value, Locale locale) {
        if (value instanceof LocalDate day) {
            return day(day, locale);
        }
        if (value instanceof LocalDateTime local) {
            return at(local.atZone(zone).toInstant(), locale);
        }
        if (value instanceof Instant instant) {
            return at(instant, locale);
        }
        if (value instanceof TemporalAccessor temporal) {
            return at(Instant.from(temporal), locale);
        }
        return value == null ? "" : value.toString();
    }
}
