package org.onedoor.platform.calendar.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onedoor.platform.calendar.entity.CalendarTest.at;

import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.Violation;

/** A year or a day with a mistake is refused whole, each mistake named by its field. */
class CalendarInputTest {

    private static final CalendarDay.Draft NEW_YEAR = new CalendarDay.Draft("2027-01-01", "HOLIDAY", "元旦");

    private static CalendarYear load(CalendarDay.Draft... days) {
        return CalendarYear.of(new CalendarYear.Draft(2027, "test notice", List.of(days)));
    }

    private static void refused(ThrowingCallable call, String... fields) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly(fields));
    }

    @Test
    void aValidYear() {
        CalendarYear year = load(new CalendarDay.Draft("2027-01-03", "working", "元旦"), NEW_YEAR);
        assertThat(year.days()).extracting(CalendarDay::kind).containsExactly(DayKind.HOLIDAY, DayKind.WORKING);
    }

    @Test
    void aDateOutsideTheYear() {
        refused(() -> load(NEW_YEAR, new CalendarDay.Draft("2026-12-31", "HOLIDAY", "元旦")), "days[1].date");
    }

    @Test
    void aWorkingDayOnAWeekday() {
        refused(() -> load(new CalendarDay.Draft("2027-01-04", "WORKING", "元旦")), "days[0].kind");
    }

    @Test
    void aDuplicateDate() {
        refused(
                () -> load(
                        NEW_YEAR,
                        new CalendarDay.Draft("2027-02-06", "HOLIDAY", "春节"),
                        new CalendarDay.Draft("2027-01-01", "HOLIDAY", "元旦"),
                        new CalendarDay.Draft("2027-02-06", "HOLIDAY", "春节")),
                "days[2].date",
                "days[3].date");
    }

    @Test
    void anUnparseableDate() {
        refused(() -> load(NEW_YEAR, new CalendarDay.Draft("2027-02-30", "HOLIDAY", "春节")), "days[1].date");
        refused(() -> load(new CalendarDay.Draft("1/1/2027", "HOLIDAY", "元旦")), "days[0].date");
    }

    @Test
    void anUnknownKind() {
        refused(() -> load(new CalendarDay.Draft("2027-01-01", "FESTIVAL", "元旦")), "days[0].kind");
    }

    @Test
    void aHolidayWithoutName() {
        refused(() -> load(new CalendarDay.Draft("2027-01-01", "HOLIDAY", " ")), "days[0].name");
    }

    @Test
    void everyMistakeAtOnceAndTheYearAndSource() {
        refused(
                () -> CalendarYear.of(new CalendarYear.Draft(1990, "", List.of(new CalendarDay.Draft("x", "y", null)))),
                "year",
                "source",
                "days[0].date",
                "days[0].kind");
    }

    @Test
    void noDays() {
        refused(() -> CalendarYear.of(new CalendarYear.Draft(2027, "notice", null)), "days");
    }

    @Test
    void aLocalDayAlone() {
        refused(() -> CalendarDay.of(new CalendarDay.Draft("2027-01-05", "WORKING", null)), "day.kind");
    }

    @Test
    void negativeCounts() {
        Calendar calendar = CalendarTest.national(List.of());
        refused(() -> calendar.workingDaysAfter(at("2026-03-10T10:00"), -1), "n");
        refused(() -> calendar.workingHoursAfter(at("2026-03-10T10:00"), Duration.ofMinutes(-1)), "d");
        refused(() -> calendar.workingTimeBetween(at("2026-03-10T10:00"), at("2026-03-10T09:00")), "b");
    }

    @Test
    void workingHoursThatMakeNoSense() {
        assertThatThrownBy(() -> WorkingHours.parse("9-12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingHours.parse("13:00-12:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingHours.parse("09:00-12:00,11:00-17:00"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
