package org.onedoor.admin.timelimits.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.calendar.entity.Calendar;
import org.onedoor.platform.calendar.entity.Deadline;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.calendar.entity.LimitUnit;

/** Deadlines on the national calendar the platform ships (2025 and 2026 loaded, 2027 not). */
class DeadlineTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Calendar calendar = NationalCalendar.shipped();

    static Instant at(String chinaTime) {
        return LocalDateTime.parse(chinaTime).atZone(CHINA).toInstant();
    }

    @Test
    @DisplayName("#15.2 an ordinary matter registered on Friday 2026-02-13 at 16:00 is due at 17:30 that day")
    void ordinaryIsDueByTheEndOfTheWorkingDay() {
        Deadline deadline = Deadline.of(Limit.of(0, LimitUnit.WORKING_DAYS), at("2026-02-13T16:00"), calendar);

        assertThat(deadline.endsAt()).isEqualTo(at("2026-02-13T17:30"));
        assertThat(deadline.lastDay()).isEqualTo(LocalDate.parse("2026-02-13"));
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    @DisplayName(
            "#15.2 registered after hours (18:00) it is due at the end of the next working day: the worked Saturday")
    void afterHoursIsDueTheNextWorkingDay() {
        Deadline deadline = Deadline.of(Limit.of(0, LimitUnit.WORKING_DAYS), at("2026-02-13T18:00"), calendar);

        assertThat(deadline.endsAt()).isEqualTo(at("2026-02-14T17:30"));
        assertThat(deadline.lastDay()).isEqualTo(LocalDate.parse("2026-02-14"));
    }

    @Test
    @DisplayName("#15.2 10 working days from Monday 2026-09-28 skip National Day and count the worked Saturday 10-10")
    void tenWorkingDaysSkipNationalDay() {
        Deadline deadline = Deadline.of(Limit.of(10, LimitUnit.WORKING_DAYS), at("2026-09-28T10:00"), calendar);

        // 29, 30 Sept; 8, 9, 10 (Saturday, worked), 12, 13, 14, 15, 16 Oct
        assertThat(deadline.endsAt()).isEqualTo(at("2026-10-16T17:30"));
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    @DisplayName("#15.2 30 calendar days end at the end (24:00, China time) of the 30th day, holidays or not")
    void calendarDaysEndAtTheEndOfTheDay() {
        Deadline deadline = Deadline.of(Limit.of(30, LimitUnit.CALENDAR_DAYS, 1, 30), at("2026-09-10T23:30"), calendar);

        assertThat(deadline.lastDay()).isEqualTo(LocalDate.parse("2026-10-10"));
        assertThat(deadline.endsAt()).isEqualTo(at("2026-10-11T00:00"));
        assertThat(deadline.endsAt()).isEqualTo(Instant.parse("2026-10-10T16:00:00Z"));
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    @DisplayName("#15.2 calendar days count from the China day of the opening, not the UTC day")
    void calendarDaysCountInChinaTime() {
        // 2026-03-01 07:00 in China is still 2026-02-28 in UTC
        Deadline deadline = Deadline.of(Limit.of(15, LimitUnit.CALENDAR_DAYS), at("2026-03-01T07:00"), calendar);

        assertThat(deadline.lastDay()).isEqualTo(LocalDate.parse("2026-03-16"));
    }

    @Test
    @DisplayName("#15.2 an extension adds its amount: one month plus one is 60 days from the opening")
    void extensionsAddTheirAmount() {
        Limit oneMonth = Limit.of(30, LimitUnit.CALENDAR_DAYS, 1, 30);

        Deadline extended = Deadline.after(oneMonth, 1, at("2026-03-02T10:00"), calendar);

        assertThat(extended.lastDay()).isEqualTo(LocalDate.parse("2026-05-01"));
    }

    @Test
    @DisplayName("#15.2 working hours skip the lunch break and the night")
    void workingHours() {
        Deadline deadline = Deadline.of(Limit.of(4, LimitUnit.WORKING_HOURS), at("2026-03-02T11:00"), calendar);

        // 11:00-12:00, 13:30-16:30; eight hours: 5 on Monday, 3 on Tuesday morning
        assertThat(deadline.endsAt()).isEqualTo(at("2026-03-02T16:30"));
        assertThat(Deadline.of(Limit.of(8, LimitUnit.WORKING_HOURS), at("2026-03-02T11:00"), calendar)
                        .endsAt())
                .isEqualTo(at("2026-03-03T12:00"));
    }

    @Test
    @DisplayName("#15.2 a deadline reaching into 2027, whose calendar is not loaded, is provisional")
    void unloadedYearIsProvisional() {
        Deadline deadline = Deadline.of(Limit.of(10, LimitUnit.WORKING_DAYS), at("2026-12-28T10:00"), calendar);

        assertThat(deadline.provisional()).isTrue();
        assertThat(Deadline.of(Limit.of(30, LimitUnit.CALENDAR_DAYS), at("2026-12-28T10:00"), calendar)
                        .provisional())
                .as("calendar days do not depend on the holiday calendar")
                .isFalse();
    }
}
