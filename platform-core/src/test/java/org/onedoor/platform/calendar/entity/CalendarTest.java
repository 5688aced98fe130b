package org.onedoor.platform.calendar.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Time limits on the calendar the V10 migration ships (2025 and 2026 loaded, 2027 not). */
class CalendarTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final WorkingHours HOURS = WorkingHours.parse(WorkingHours.DEFAULT);

    static Calendar national(Collection<CalendarDay> local) {
        List<CalendarYear> years = ShippedCalendar.years();
        Set<Integer> loaded = years.stream().map(CalendarYear::year).collect(Collectors.toSet());
        List<CalendarDay> days =
                years.stream().flatMap(year -> year.days().stream()).toList();
        return new Calendar(loaded, days, local, HOURS, CHINA);
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CHINA).toInstant();
    }

    private final Calendar calendar = national(List.of());

    private Instant workingDaysAfter(String t, int n) {
        return calendar.workingDaysAfter(at(t), n).value();
    }

    @Nested
    class SpringFestival2026 {

        @Test
        void fridayAfternoonPlusOneIsTheWorkedSaturday() {
            assertThat(workingDaysAfter("2026-02-13T16:00", 1)).isEqualTo(at("2026-02-14T17:30"));
        }

        @Test
        void theWorkedSaturdayPlusOneSkipsTheNineDaysOff() {
            assertThat(workingDaysAfter("2026-02-14T10:00", 1)).isEqualTo(at("2026-02-24T17:30"));
        }

        @Test
        void theHolidaysAreNotWorkingDays() {
            assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue();
        }
    }

    @Nested
    class NationalDay2026 {

        @Test
        void theLastDayOfSeptemberPlusOneIsTheEighthOfOctober() {
            assertThat(workingDaysAfter("2026-09-30T10:00", 1)).isEqualTo(at("2026-10-08T17:30"));
        }

        @Test
        void theTenthOfOctoberIsAWorkedSaturday() {
            assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
            assertThat(workingDaysAfter("2026-10-09T10:00", 1)).isEqualTo(at("2026-10-10T17:30"));
            assertThat(workingDaysAfter("2026-10-10T10:00", 1)).isEqualTo(at("2026-10-12T17:30"));
        }

        @Test
        void midAutumnIsOffAndTheSundayBeforeIsWorked() {
            assertThat(calendar.isWorkingDay(LocalDate.parse("2026-09-25"))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.parse("2026-09-20"))).isTrue();
        }
    }

    @Nested
    class Boundaries2025 {

        @Test
        void newYearsEvePlusOneIsTheWorkedSundayOfJanuaryFourth2026() {
            assertThat(calendar.isWorkingDay(LocalDate.parse("2026-01-04"))).isTrue();
            assertThat(calendar.workingDaysAfter(at("2025-12-31T10:00"), 1))
                    .isEqualTo(new Calendar.Answer<>(at("2026-01-04T17:30"), false));
        }

        @Test
        void theFirstDaysOf2025() {
            assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-01"))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-26"))).isTrue();
            assertThat(workingDaysAfter("2025-01-27T09:00", 1)).isEqualTo(at("2025-02-05T17:30"));
        }

        @Test
        void nationalDay2025LastsEightDaysAndTheEleventhIsWorked() {
            assertThat(workingDaysAfter("2025-09-30T10:00", 1)).isEqualTo(at("2025-10-09T17:30"));
            assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-11"))).isTrue();
        }

        @Test
        void anAnswerReachingBackInto2024IsProvisional() {
            assertThat(calendar.workingDaysAfter(at("2024-12-31T10:00"), 1).provisional())
                    .isTrue();
        }
    }

    @Nested
    class SameDay {

        @Test
        void beforeTheEndOfTheWorkingDayIsDueTheSameEvening() {
            assertThat(workingDaysAfter("2026-03-10T17:29", 0)).isEqualTo(at("2026-03-10T17:30"));
            assertThat(workingDaysAfter("2026-03-10T07:00", 0)).isEqualTo(at("2026-03-10T17:30"));
        }

        @Test
        void afterHalfPastFiveRollsToTheNextWorkingDay() {
            assertThat(workingDaysAfter("2026-03-10T17:30", 0)).isEqualTo(at("2026-03-11T17:30"));
            assertThat(workingDaysAfter("2026-03-10T17:45", 0)).isEqualTo(at("2026-03-11T17:30"));
            assertThat(workingDaysAfter("2026-03-13T18:00", 0)).isEqualTo(at("2026-03-16T17:30"));
        }

        @Test
        void onAHolidayRollsToTheNextWorkingDay() {
            assertThat(workingDaysAfter("2026-10-03T11:00", 0)).isEqualTo(at("2026-10-08T17:30"));
        }
    }

    @Nested
    class WorkingHoursCounting {

        @Test
        void acrossLunch() {
            assertThat(calendar.workingHoursAfter(at("2026-03-10T11:00"), Duration.ofHours(2))
                            .value())
                    .isEqualTo(at("2026-03-10T14:30"));
            assertThat(calendar.workingTimeBetween(at("2026-03-10T11:00"), at("2026-03-10T14:30"))
                            .value())
                    .isEqualTo(Duration.ofHours(2));
        }

        @Test
        void endingAtNoonDoesNotWaitForTheAfternoon() {
            assertThat(calendar.workingHoursAfter(at("2026-03-10T11:00"), Duration.ofHours(1))
                            .value())
                    .isEqualTo(at("2026-03-10T12:00"));
        }

        @Test
        void acrossAHoliday() {
            assertThat(calendar.workingHoursAfter(at("2026-09-30T16:30"), Duration.ofHours(2))
                            .value())
                    .isEqualTo(at("2026-10-08T10:00"));
            assertThat(calendar.workingTimeBetween(at("2026-09-30T16:00"), at("2026-10-08T10:00"))
                            .value())
                    .isEqualTo(Duration.ofMinutes(150));
        }

        @Test
        void startingOutsideHoursCountsFromTheNextPeriod() {
            assertThat(calendar.workingHoursAfter(at("2026-03-10T12:30"), Duration.ofMinutes(30))
                            .value())
                    .isEqualTo(at("2026-03-10T14:00"));
            assertThat(calendar.workingHoursAfter(at("2026-03-10T20:00"), Duration.ofHours(4))
                            .value())
                    .isEqualTo(at("2026-03-11T14:30"));
        }

        @Test
        void zeroIsNow() {
            assertThat(calendar.workingHoursAfter(at("2026-03-10T20:00"), Duration.ZERO)
                            .value())
                    .isEqualTo(at("2026-03-10T20:00"));
        }

        @Test
        void aWholeWorkingDayIsSevenHours() {
            assertThat(calendar.workingTimeBetween(at("2026-03-10T00:00"), at("2026-03-11T00:00"))
                            .value())
                    .isEqualTo(Duration.ofHours(7));
        }

        @Test
        void configuredHours() {
            Calendar early = new Calendar(
                    Set.of(2026), List.of(), List.of(), WorkingHours.parse("08:30-12:00, 14:00-18:00"), CHINA);
            assertThat(early.workingDaysAfter(at("2026-03-10T17:45"), 0).value())
                    .isEqualTo(at("2026-03-10T18:00"));
        }
    }

    @Nested
    class LocalDays {

        private final Calendar district =
                national(List.of(new CalendarDay(LocalDate.parse("2026-03-10"), DayKind.HOLIDAY, "本地假日")));

        @Test
        void aLocalHolidayShiftsTheDeadlineOfTheDistrictsStreets() {
            assertThat(district.workingDaysAfter(at("2026-03-09T16:00"), 1).value())
                    .isEqualTo(at("2026-03-11T17:30"));
        }

        @Test
        void notThatOfAnotherDistrict() {
            assertThat(calendar.workingDaysAfter(at("2026-03-09T16:00"), 1).value())
                    .isEqualTo(at("2026-03-10T17:30"));
        }

        @Test
        void aLocalWorkingDayOverridesANationalHoliday() {
            Calendar worked = national(List.of(new CalendarDay(LocalDate.parse("2026-10-03"), DayKind.WORKING, "国庆节")));
            assertThat(worked.isWorkingDay(LocalDate.parse("2026-10-03"))).isTrue();
        }
    }

    @Nested
    class YearNotLoaded {

        @Test
        void countsMondayToFriday() {
            assertThat(calendar.isLoaded(2027)).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-02"))).isFalse();
        }

        @Test
        void andSaysItsAnswersAreProvisional() {
            assertThat(calendar.workingDaysAfter(at("2027-01-01T10:00"), 1))
                    .isEqualTo(new Calendar.Answer<>(at("2027-01-04T17:30"), true));
            assertThat(calendar.workingDaysAfter(at("2026-12-31T10:00"), 1).provisional())
                    .isTrue();
            assertThat(calendar.workingTimeBetween(at("2027-01-04T09:00"), at("2027-01-04T12:00")))
                    .isEqualTo(new Calendar.Answer<>(Duration.ofHours(3), true));
        }

        @Test
        void loadedYearsAreNot() {
            assertThat(calendar.workingDaysAfter(at("2026-03-10T10:00"), 5).provisional())
                    .isFalse();
        }
    }
}
