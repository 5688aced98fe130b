package org.onedoor.cases.rollups.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.problems.entity.InvalidInputException;

class PeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    @DisplayName("each kind is the day, ISO week, month, quarter or year around the date")
    void kinds() {
        LocalDate day = LocalDate.of(2024, 2, 29);
        assertThat(Period.containing(Period.Kind.DAY, day)).isEqualTo(new Period(Period.Kind.DAY, day, day));
        assertThat(Period.containing(Period.Kind.WEEK, day))
                .isEqualTo(new Period(Period.Kind.WEEK, LocalDate.of(2024, 2, 26), LocalDate.of(2024, 3, 3)));
        assertThat(Period.containing(Period.Kind.MONTH, day).to()).isEqualTo(day);
        assertThat(Period.containing(Period.Kind.QUARTER, day))
                .isEqualTo(new Period(Period.Kind.QUARTER, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)));
        assertThat(Period.containing(Period.Kind.YEAR, day).days()).isEqualTo(366);
    }

    @Test
    @DisplayName("a request's period defaults to this month; custom takes both days; the year before keeps the days")
    void parsing() {
        assertThat(Period.parse(null, null, null, null, TODAY))
                .isEqualTo(new Period(Period.Kind.MONTH, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
        assertThat(Period.parse("quarter", "2026-05-20", null, null, TODAY).from())
                .isEqualTo(LocalDate.of(2026, 4, 1));
        Period custom = Period.parse("CUSTOM", null, "2024-02-10", "2024-02-29", TODAY);
        assertThat(custom.days()).isEqualTo(20);
        assertThat(custom.yearBefore())
                .isEqualTo(new Period(Period.Kind.CUSTOM, LocalDate.of(2023, 2, 10), LocalDate.of(2023, 2, 28)));
        assertThat(custom.dailyTrend()).isTrue();
        assertThat(Period.parse("YEAR", null, null, null, TODAY).dailyTrend()).isFalse();
    }

    @Test
    @DisplayName("unknown kinds, bad days, reversed, missing or too long custom periods are refused by field")
    void refused() {
        assertRefused(() -> Period.parse("FORTNIGHT", null, null, null, TODAY), "period");
        assertRefused(() -> Period.parse("DAY", "2026-02-30", null, null, TODAY), "date");
        assertRefused(() -> Period.parse("CUSTOM", null, "2026-01-01", "", TODAY), "to");
        assertRefused(() -> Period.parse("CUSTOM", null, null, "2026-01-01", TODAY), "from");
        assertRefused(() -> Period.parse("CUSTOM", null, "2026-02-01", "2026-01-01", TODAY), "to");
        assertRefused(() -> Period.parse("CUSTOM", null, "2020-01-01", "2026-01-01", TODAY), "to");
    }

    @Test
    @DisplayName("#13 days far in the future or past are refused naming the parameter, never overflow (500)")
    void outOfRange() {
        assertRefused(() -> Period.parse("WEEK", "+999999999-12-31", null, null, TODAY), "date");
        assertRefused(() -> Period.parse("YEAR", "-999999999-01-01", null, null, TODAY), "date");
        assertRefused(() -> Period.parse("DAY", "1989-12-31", null, null, TODAY), "date");
        assertRefused(
                () -> Period.parse("DAY", TODAY.plusYears(2).withDayOfYear(1).toString(), null, null, TODAY), "date");
        assertRefused(() -> Period.parse("CUSTOM", null, "2026-01-01", "+10000-01-01", TODAY), "to");
        assertRefused(() -> Period.parse("CUSTOM", null, "0001-01-01", "2026-01-01", TODAY), "from");
        assertThat(Period.parse("DAY", TODAY.plusYears(1).withDayOfYear(1).toString(), null, null, TODAY)
                        .days())
                .as("next year can be named (plans, holidays)")
                .isEqualTo(1);
    }

    @Test
    @DisplayName("#13 whole calendar months: months, quarters, years and custom spans of whole months only")
    void wholeMonths() {
        assertThat(Period.parse("MONTH", "2026-02-10", null, null, TODAY).wholeMonths())
                .containsExactly(java.time.YearMonth.of(2026, 2));
        assertThat(Period.parse("QUARTER", "2026-05-10", null, null, TODAY).wholeMonths())
                .hasSize(3);
        assertThat(Period.parse("CUSTOM", null, "2025-11-01", "2026-01-31", TODAY)
                        .wholeMonths())
                .hasSize(3);
        assertThat(Period.parse("CUSTOM", null, "2025-11-02", "2026-01-31", TODAY)
                        .wholeMonths())
                .isEmpty();
        assertThat(Period.parse("WEEK", "2026-02-10", null, null, TODAY).wholeMonths())
                .isEmpty();
        assertThat(Period.parse("DAY", "2026-02-01", null, null, TODAY).wholeMonths())
                .isEmpty();
    }

    private static void assertRefused(Runnable parse, String field) {
        assertThatThrownBy(parse::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(violation -> violation.field())
                                .containsExactly(field));
    }
}
