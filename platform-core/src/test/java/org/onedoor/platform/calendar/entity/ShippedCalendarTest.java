package org.onedoor.platform.calendar.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The V10 migration ships the State Council's notices for 2025 and 2026 exactly, and nothing else. */
class ShippedCalendarTest {

    @Test
    void shipsTheNoticesOf2025And2026Only() {
        Map<Integer, CalendarYear.Draft> drafts = ShippedCalendar.drafts();
        assertThat(drafts).containsOnlyKeys(2025, 2026);
        assertThat(drafts.get(2025).source()).isEqualTo("国办发明电〔2024〕12号");
        assertThat(drafts.get(2026).source()).isEqualTo("国办发明电〔2025〕7号");
    }

    @Test
    void notice2025() {
        assertThat(shipped(2025))
                .isEqualTo(expected(
                        holidays("2025-01-01", "2025-01-01", "元旦"),
                        holidays("2025-01-28", "2025-02-04", "春节"),
                        working("2025-01-26", "春节"),
                        working("2025-02-08", "春节"),
                        holidays("2025-04-04", "2025-04-06", "清明节"),
                        holidays("2025-05-01", "2025-05-05", "劳动节"),
                        working("2025-04-27", "劳动节"),
                        holidays("2025-05-31", "2025-06-02", "端午节"),
                        holidays("2025-10-01", "2025-10-08", "国庆节、中秋节"),
                        working("2025-09-28", "国庆节、中秋节"),
                        working("2025-10-11", "国庆节、中秋节")));
    }

    @Test
    void notice2026() {
        assertThat(shipped(2026))
                .isEqualTo(expected(
                        holidays("2026-01-01", "2026-01-03", "元旦"),
                        working("2026-01-04", "元旦"),
                        holidays("2026-02-15", "2026-02-23", "春节"),
                        working("2026-02-14", "春节"),
                        working("2026-02-28", "春节"),
                        holidays("2026-04-04", "2026-04-06", "清明节"),
                        holidays("2026-05-01", "2026-05-05", "劳动节"),
                        working("2026-05-09", "劳动节"),
                        holidays("2026-06-19", "2026-06-21", "端午节"),
                        holidays("2026-09-25", "2026-09-27", "中秋节"),
                        holidays("2026-10-01", "2026-10-07", "国庆节"),
                        working("2026-09-20", "国庆节"),
                        working("2026-10-10", "国庆节")));
    }

    @Test
    void everyShippedYearPassesTheValidationOfALoad() {
        assertThat(ShippedCalendar.years()).extracting(CalendarYear::year).containsExactly(2025, 2026);
    }

    private static List<CalendarDay> shipped(int year) {
        return ShippedCalendar.years().stream()
                .filter(y -> y.year() == year)
                .findFirst()
                .orElseThrow()
                .days();
    }

    @SafeVarargs
    private static List<CalendarDay> expected(List<CalendarDay>... groups) {
        List<CalendarDay> all = new ArrayList<>();
        for (List<CalendarDay> group : groups) {
            all.addAll(group);
        }
        return new CalendarYear(0, "", all).days();
    }

    private static List<CalendarDay> holidays(String from, String until, String name) {
        return LocalDate.parse(from)
                .datesUntil(LocalDate.parse(until).plusDays(1))
                .map(date -> new CalendarDay(date, DayKind.HOLIDAY, name))
                .collect(Collectors.toList());
    }

    private static List<CalendarDay> working(String date, String name) {
        return List.of(new CalendarDay(LocalDate.parse(date), DayKind.WORKING, name));
    }
}
