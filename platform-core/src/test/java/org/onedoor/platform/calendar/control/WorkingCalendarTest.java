package org.onedoor.platform.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.calendar.entity.CalendarDay;
import org.onedoor.platform.calendar.entity.CalendarYear;
import org.onedoor.platform.calendar.entity.DayKind;
import org.onedoor.platform.calendar.entity.ShippedCalendar;
import org.onedoor.platform.calendar.entity.WorkingHours;
import org.onedoor.platform.tenancy.entity.DivisionCode;

/**
 * A center's calendar: the shipped national days and the local days of the district it is, or sits
 * beneath. The store is a stand-in holding what V10 ships and one local holiday of 洪山区 (420111).
 */
class WorkingCalendarTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AtomicInteger reads = new AtomicInteger();
    private final WorkingCalendar calendar = new WorkingCalendar();

    WorkingCalendarTest() {
        calendar.store = new CalendarStore() {
            @Override
            public Map<Integer, String> loadedYears() {
                reads.incrementAndGet();
                return ShippedCalendar.years().stream()
                        .collect(Collectors.toMap(CalendarYear::year, CalendarYear::source, (a, b) -> a, TreeMap::new));
            }

            @Override
            public List<CalendarDay> days(String scope) {
                reads.incrementAndGet();
                if (scope.equals(NATIONAL)) {
                    return ShippedCalendar.years().stream()
                            .flatMap(year -> year.days().stream())
                            .toList();
                }
                return scope.equals("420111")
                        ? List.of(new CalendarDay(LocalDate.parse("2026-03-10"), DayKind.HOLIDAY, "本地假日"))
                        : List.of();
            }
        };
        calendar.workingHoursText = WorkingHours.DEFAULT;
        calendar.cacheSeconds = 30;
        calendar.configure();
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant();
    }

    @Test
    void aLocalHolidayShiftsTheDeadlineOfTheDistrictsStreetAndCommunity() {
        assertThat(calendar.workingDaysAfter("420111001", at("2026-03-09T16:00"), 1)
                        .value())
                .isEqualTo(at("2026-03-11T17:30"));
        assertThat(calendar.workingDaysAfter("420111001002", at("2026-03-09T16:00"), 1)
                        .value())
                .isEqualTo(at("2026-03-11T17:30"));
        assertThat(calendar.isWorkingDay("420111", LocalDate.parse("2026-03-10")))
                .isFalse();
    }

    @Test
    void butNotForAStreetOfAnotherDistrict() {
        assertThat(calendar.workingDaysAfter("420102001", at("2026-03-09T16:00"), 1)
                        .value())
                .isEqualTo(at("2026-03-10T17:30"));
    }

    @Test
    void theShippedYearsAreLoadedAnd2027IsNot() {
        assertThat(calendar.isLoaded(2026)).isTrue();
        assertThat(calendar.isLoaded(2025)).isTrue();
        assertThat(calendar.isLoaded(2027)).isFalse();
        assertThat(calendar.workingDaysAfter("420102001", at("2027-03-09T16:00"), 1)
                        .provisional())
                .isTrue();
    }

    @Test
    void readsAreCachedForAWhile() {
        calendar.of("420111001");
        int first = reads.get();
        calendar.of("420111001");
        calendar.of("420111");
        assertThat(reads.get()).isEqualTo(first);
    }

    @Test
    void aDistrictItsStreetsAndTheirCommunitiesShareTheDistrictsDays() {
        assertThat(WorkingCalendar.districtOf("420102")).contains(new DivisionCode("420102"));
        assertThat(WorkingCalendar.districtOf("420102001")).contains(new DivisionCode("420102"));
        assertThat(WorkingCalendar.districtOf("420102001001")).contains(new DivisionCode("420102"));
        assertThat(WorkingCalendar.districtOf("420103002")).contains(new DivisionCode("420103"));
    }

    @Test
    void citiesAndProvincesHaveNone() {
        assertThat(WorkingCalendar.districtOf("420100")).isEmpty();
        assertThat(WorkingCalendar.districtOf("420000")).isEmpty();
        assertThat(WorkingCalendar.districtOf("nonsense")).isEmpty();
    }
}
