package org.onedoor.platform.time.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.i18n.control.Languages;
import org.onedoor.platform.i18n.control.Messages;

class HumanTimeTest {

    private static final ZoneId CST = ZoneId.of("Asia/Shanghai");
    /** 2026-12-05 10:00 in China. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC);

    private final HumanTime time = new HumanTime(new Messages(), CST, NOW);

    @Test
    @DisplayName("#22.1 a stored UTC instant reads in China Standard Time, to the minute")
    void utcToChinaStandardTimeMinutes() {
        // the timeline entry: 14:50 UTC with microseconds is 22:50 in China, on another day
        Instant stored = Instant.parse("2026-12-03T14:50:08.069209Z");
        assertThat(time.at(stored, Languages.CHINESE)).isEqualTo("2026-12-03 22:50");
        assertThat(time.at(stored, Languages.ENGLISH)).isEqualTo("2026-12-03 22:50");
    }

    @Test
    @DisplayName("#22.1 today's times say so, in the page's language")
    void today() {
        Instant thisMorning = Instant.parse("2026-12-05T01:05:59Z");
        assertThat(time.at(thisMorning, Languages.CHINESE)).isEqualTo("今天 09:05");
        assertThat(time.at(thisMorning, Languages.ENGLISH)).isEqualTo("today 09:05");
    }

    @Test
    @DisplayName("#22.1 'today' is the centers' day, not UTC's: 23:30 UTC yesterday is 07:30 today in China")
    void todayInTheCentersZone() {
        Instant lateUtc = Instant.parse("2026-12-04T23:30:00Z");
        assertThat(time.at(lateUtc, Languages.CHINESE)).isEqualTo("今天 07:30");
        Instant yesterdayInChina = Instant.parse("2026-12-04T15:59:00Z");
        assertThat(time.at(yesterdayInChina, Languages.CHINESE)).isEqualTo("2026-12-04 23:59");
    }

    @Test
    @DisplayName("#22.1 days: 2026年12月4日 in Chinese, 4 Dec 2026 in English")
    void days() {
        LocalDate day = LocalDate.of(2026, 12, 4);
        assertThat(time.day(day, Languages.CHINESE)).isEqualTo("2026年12月4日");
        assertThat(time.day(day, Languages.ENGLISH)).isEqualTo("4 Dec 2026");
    }

    @Test
    void whateverAViewHolds() {
        assertThat(time.of(OffsetDateTime.parse("2026-11-20T10:00:00+08:00"), Languages.CHINESE))
                .isEqualTo("2026-11-20 10:00");
        assertThat(time.of(OffsetDateTime.parse("2026-11-20T02:00:00Z"), Languages.CHINESE))
                .isEqualTo("2026-11-20 10:00");
        assertThat(time.of(LocalDateTime.of(2026, 11, 20, 10, 0), Languages.CHINESE))
                .isEqualTo("2026-11-20 10:00");
        assertThat(time.of(LocalDate.of(2026, 1, 31), Languages.CHINESE)).isEqualTo("2026年1月31日");
        assertThat(time.of(null, Languages.CHINESE)).isEmpty();
    }
}
