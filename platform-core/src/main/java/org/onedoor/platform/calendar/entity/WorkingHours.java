package org.onedoor.platform.calendar.entity;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The hours of a working day, in the centers' time zone, as ordered periods that do not overlap
 * (09:00–12:00 and 13:30–17:30 by default: the lunch break does not count). The end of the last
 * period is the end of the working day, by which "same day" work is due.
 */
public record WorkingHours(List<Period> periods) {

    public static final String DEFAULT = "09:00-12:00,13:30-17:30";

    public record Period(LocalTime start, LocalTime end) {

        public Duration length() {
            return Duration.between(start, end);
        }
    }

    public WorkingHours {
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("Working hours need at least one period.");
        }
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            if (!period.start().isBefore(period.end())
                    || (i > 0 && period.start().isBefore(periods.get(i - 1).end()))) {
                throw new IllegalArgumentException("Working hours must be ordered periods that do not overlap.");
            }
        }
    }

    /** Parses {@code 09:00-12:00,13:30-17:30}; a configuration mistake stops the deployment loudly. */
    public static WorkingHours parse(String text) {
        List<Period> periods = new ArrayList<>();
        try {
            for (String part : text.split(",")) {
                String[] ends = part.strip().split("-");
                if (ends.length != 2) {
                    throw new IllegalArgumentException("Not a period: " + part);
                }
                periods.add(new Period(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not working hours: " + text, e);
        }
        return new WorkingHours(periods);
    }

    public LocalTime endOfDay() {
        return periods.get(periods.size() - 1).end();
    }
}
