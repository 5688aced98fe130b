package org.onedoor.cases.rollups.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.onedoor.cases.casefiles.entity.CaseAction;
import org.onedoor.cases.casefiles.entity.ClockMark;
import org.onedoor.cases.casefiles.entity.TimeLimit;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.time.entity.CenterTime;

class CountingTest {

    static final String COMMUNITY = "420102001001";
    static final String STREET = "420102001";
    static final List<String> COMMUNITY_PATH = List.of("420000", "420100", "420102", STREET, COMMUNITY);
    static final List<String> STREET_PATH = COMMUNITY_PATH.subList(0, 4);
    /** 23:30 in Beijing on 1 December. */
    static final OffsetDateTime REGISTERED = OffsetDateTime.parse("2026-12-01T15:30:00Z");

    static CountedEvent event(String center, String action, Grade grade, OffsetDateTime at, String detail) {
        return new CountedEvent(
                center,
                CaseAction.valueOf(action),
                at,
                grade,
                "divorce",
                "离婚纠纷",
                Channel.WALK_IN,
                REGISTERED,
                COMMUNITY,
                detail,
                ClockMark.NONE);
    }

    @Test
    @DisplayName("an ordinary case must conclude the same Beijing day, any other grade within 30 days")
    void timeLimits() {
        OffsetDateTime sameNight = OffsetDateTime.parse("2026-12-01T15:59:00Z");
        OffsetDateTime nextMorning = OffsetDateTime.parse("2026-12-01T16:01:00Z");
        assertThat(TimeLimit.of(Grade.ORDINARY).isMet(REGISTERED, sameNight)).isTrue();
        assertThat(TimeLimit.of(Grade.ORDINARY).isMet(REGISTERED, nextMorning)).isFalse();
        assertThat(TimeLimit.of(Grade.SPECIAL).isMet(REGISTERED, OffsetDateTime.parse("2026-12-31T15:59:00Z")))
                .isTrue();
        assertThat(TimeLimit.of(Grade.COMMUNITY).isMet(REGISTERED, OffsetDateTime.parse("2026-12-31T16:00:00Z")))
                .isFalse();
        assertThat(CenterTime.dayOf(nextMorning)).hasToString("2026-12-02");
    }

    @Test
    @DisplayName("a case with a clock is on time or overdue by its own deadline, not by the grade's old fixed limit")
    void clockDecides() {
        OffsetDateTime nextMorning = OffsetDateTime.parse("2026-12-02T01:00:00Z");
        CountedEvent ordinaryMetByItsRule =
                withClock(event(COMMUNITY, "RESOLVED", Grade.ORDINARY, nextMorning, null), ClockMark.MET);
        assertThat(Counting.countersOf(ordinaryMetByItsRule)).containsExactly(Counter.RESOLVED, Counter.ON_TIME);
        CountedEvent specialistLateByItsRule =
                withClock(event(COMMUNITY, "NOT_RESOLVED", Grade.SPECIALIST, nextMorning, null), ClockMark.LATE);
        assertThat(Counting.countersOf(specialistLateByItsRule)).containsExactly(Counter.NOT_RESOLVED, Counter.OVERDUE);
        assertThat(Counting.countersOf(event(COMMUNITY, "RESOLVED", Grade.ORDINARY, nextMorning, null)))
                .as("a case opened before clocks existed: the old same-day limit")
                .containsExactly(Counter.RESOLVED, Counter.OVERDUE);
    }

    private static CountedEvent withClock(CountedEvent event, ClockMark mark) {
        return new CountedEvent(
                event.center(),
                event.action(),
                event.at(),
                event.grade(),
                event.categoryCode(),
                event.categoryName(),
                event.channel(),
                event.registeredAt(),
                event.firstReceiver(),
                event.detail(),
                mark);
    }

    @Test
    @DisplayName("each timeline entry moves its counters; conclusions also count on time or overdue")
    void counters() {
        OffsetDateTime late = OffsetDateTime.parse("2026-12-02T01:00:00Z");
        assertThat(Counting.countersOf(event(COMMUNITY, "REGISTERED", Grade.ORDINARY, REGISTERED, "A001")))
                .containsExactly(Counter.RECEIVED);
        assertThat(Counting.countersOf(event(COMMUNITY, "RESOLVED", Grade.ORDINARY, late, null)))
                .containsExactly(Counter.RESOLVED, Counter.OVERDUE);
        assertThat(Counting.countersOf(event(COMMUNITY, "NOT_RESOLVED", Grade.SPECIALIST, late, null)))
                .containsExactly(Counter.NOT_RESOLVED, Counter.ON_TIME);
        assertThat(Counting.countersOf(event(COMMUNITY, "FOLLOWED_UP", Grade.ORDINARY, late, "NEUTRAL")))
                .containsExactly(Counter.FOLLOWED_UP, Counter.NEUTRAL);
        assertThat(Counting.countersOf(event(COMMUNITY, "CLOSED", Grade.ORDINARY, late, null)))
                .containsExactly(Counter.ARCHIVED);
        assertThat(Counting.countersOf(event(COMMUNITY, "SESSION", Grade.ORDINARY, late, null)))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "escalation: accepted only by the first receiver; out only in the center's own area, in all the way up")
    void escalation() {
        assertThat(Counting.countersOf(event(COMMUNITY, "ACCEPTED", Grade.SPECIAL, REGISTERED, null)))
                .containsExactly(Counter.ACCEPTED);
        assertThat(Counting.countersOf(event(STREET, "ACCEPTED", Grade.SPECIAL, REGISTERED, null)))
                .as("the parent's acceptance is its escalation in")
                .isEmpty();
        assertThat(Counting.cellsOf(event(COMMUNITY, "ESCALATED", Grade.SPECIAL, REGISTERED, null), COMMUNITY_PATH))
                .extracting(Cell::area)
                .containsOnly(COMMUNITY);
        assertThat(Counting.cellsOf(event(STREET, "ESCALATED_IN", Grade.SPECIAL, REGISTERED, null), STREET_PATH))
                .extracting(Cell::area)
                .containsOnly(STREET_PATH.toArray(String[]::new));
    }

    @Test
    @DisplayName(
            "an entry lands in every area on its center's path, per dimension, on its Beijing day, plus the center's own line")
    void cells() {
        List<Cell> cells =
                Counting.cellsOf(event(COMMUNITY, "REGISTERED", Grade.ORDINARY, REGISTERED, "A001"), COMMUNITY_PATH);
        assertThat(cells).hasSize(COMMUNITY_PATH.size() * 4 + 1);
        assertThat(cells).extracting(Cell::day).containsOnly(CenterTime.dayOf(REGISTERED));
        assertThat(cells)
                .filteredOn(cell -> cell.dimension() == Dimension.OWN)
                .extracting(Cell::area)
                .containsExactly(COMMUNITY);
        assertThat(cells)
                .filteredOn(cell -> cell.dimension() == Dimension.CATEGORY)
                .extracting(Cell::member)
                .containsOnly("divorce");
    }

    @Test
    @DisplayName("a tally sums events per cell in key order")
    void tally() {
        Tally tally = new Tally()
                .count(event(COMMUNITY, "REGISTERED", Grade.ORDINARY, REGISTERED, "A001"), COMMUNITY_PATH)
                .count(event(COMMUNITY, "REGISTERED", Grade.ORDINARY, REGISTERED, "A002"), COMMUNITY_PATH);
        Cell top = new Cell("420000", Dimension.ALL, CenterTime.dayOf(REGISTERED), "");
        assertThat(tally.cells().get(top).get(Counter.RECEIVED)).isEqualTo(2);
        assertThat(tally.cells().firstKey()).isEqualTo(top);
    }
}
