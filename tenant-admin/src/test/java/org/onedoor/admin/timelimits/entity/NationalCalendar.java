package org.onedoor.admin.timelimits.entity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onedoor.platform.calendar.entity.Calendar;
import org.onedoor.platform.calendar.entity.CalendarDay;
import org.onedoor.platform.calendar.entity.DayKind;
import org.onedoor.platform.calendar.entity.WorkingHours;
import org.onedoor.platform.time.entity.CenterTime;

/** The national calendar platform-core's V10 migration ships (2025 and 2026 loaded), read from its SQL. */
final class NationalCalendar {

    private static final String MIGRATION = "/db/platform/V10__working_calendar.sql";
    private static final Pattern DAY =
            Pattern.compile("\\('CN', date '(\\d{4}-\\d{2}-\\d{2})', '(\\w+)', '([^']*)'\\)");
    private static final Pattern YEAR =
            Pattern.compile("insert into platform\\.calendar_year \\(year, source, loaded_by\\) values \\((\\d{4}),");

    private NationalCalendar() {}

    static Calendar shipped() {
        String sql = text();
        Set<Integer> years = new HashSet<>();
        Matcher year = YEAR.matcher(sql);
        while (year.find()) {
            years.add(Integer.parseInt(year.group(1)));
        }
        List<CalendarDay> days = new ArrayList<>();
        Matcher day = DAY.matcher(sql);
        while (day.find()) {
            days.add(new CalendarDay(LocalDate.parse(day.group(1)), DayKind.valueOf(day.group(2)), day.group(3)));
        }
        return new Calendar(years, days, List.of(), WorkingHours.parse(WorkingHours.DEFAULT), CenterTime.zone());
    }

    private static String text() {
        try (InputStream in = NationalCalendar.class.getResourceAsStream(MIGRATION)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
