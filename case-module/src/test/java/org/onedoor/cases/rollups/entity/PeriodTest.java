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
        assertRefused(() -> Period.parse("CUSTOM", null, "2026-01-01", "", TODAY), "from");
        assertRefused(() -> Period.parse("CUSTOM", null, "2026-02-01", "2026-01-01", TODAY), "to");
        assertRefused(() -> Period.parse("CUSTOM", null, "2020-01-01", "2026-01-01", TODAY), "to");
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
