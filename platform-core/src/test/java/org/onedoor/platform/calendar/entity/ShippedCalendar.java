package org.onedoor.platform.calendar.entity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The national calendar as the V10 migration ships it, read from the SQL file itself. */
public final class ShippedCalendar {

    static final String MIGRATION = "/db/platform/V10__working_calendar.sql";

    private static final Pattern DAY =
            Pattern.compile("\\('CN', date '(\\d{4}-\\d{2}-\\d{2})', '(\\w+)', '([^']*)'\\)");
    private static final Pattern YEAR = Pattern.compile(
            "insert into platform\\.calendar_year \\(year, source, loaded_by\\) values \\((\\d{4}), '([^']+)'");

    private ShippedCalendar() {}

    /** The loaded years with their drafts, as the operator would have sent them. */
    public static Map<Integer, CalendarYear.Draft> drafts() {
        String sql = text();
        Map<Integer, String> sources = new TreeMap<>();
        Matcher years = YEAR.matcher(sql);
        while (years.find()) {
            sources.put(Integer.parseInt(years.group(1)), years.group(2));
        }
        Map<Integer, CalendarYear.Draft> drafts = new TreeMap<>();
        sources.forEach((year, source) -> drafts.put(year, new CalendarYear.Draft(year, source, new ArrayList<>())));
        Matcher days = DAY.matcher(sql);
        while (days.find()) {
            int year = Integer.parseInt(days.group(1).substring(0, 4));
            CalendarYear.Draft draft = drafts.get(year);
            if (draft == null) {
                throw new IllegalStateException("a day of a year not recorded loaded: " + days.group(1));
            }
            draft.days().add(new CalendarDay.Draft(days.group(1), days.group(2), days.group(3)));
        }
        return drafts;
    }

    /** Every shipped year, validated as a load would validate it. */
    public static List<CalendarYear> years() {
        return drafts().values().stream().map(CalendarYear::of).toList();
    }

    static String text() {
        try (InputStream in = ShippedCalendar.class.getResourceAsStream(MIGRATION)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
