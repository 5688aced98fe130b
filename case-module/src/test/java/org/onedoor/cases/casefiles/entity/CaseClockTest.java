package org.onedoor.cases.casefiles.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.calendar.entity.Calendar;
import org.onedoor.platform.calendar.entity.CalendarDay;
import org.onedoor.platform.calendar.entity.DayKind;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.calendar.entity.LimitUnit;
import org.onedoor.platform.calendar.entity.WorkingHours;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.matters.entity.RiskLevel;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.security.entity.Actor;

/** A case's clock (issue #15.5): deadline, yellow, extensions, suspension, met or late. */
class CaseClockTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Actor MEDIATOR = new Actor("mediator", "陈志强");
    static final String STREET = "420102001";

    /** Monday to Friday, with one local holiday: Wednesday 2027-03-10. */
    static final Calendar CALENDAR = new Calendar(
            Set.of(),
            List.of(),
            List.of(new CalendarDay(java.time.LocalDate.of(2027, 3, 10), DayKind.HOLIDAY, "本地假日")),
            WorkingHours.parse(WorkingHours.DEFAULT),
            CHINA);

    static final RuleInForce TEN_WORKING_DAYS = new RuleInForce(
            Limit.of(10, LimitUnit.WORKING_DAYS, 2, 5), "420102", Instant.parse("2026-01-01T00:00:00Z"));

    static CaseFile registeredAt(OffsetDateTime at, RuleInForce rule) {
        CaseFile file = CaseFile.open(
                STREET,
                "2027-0001",
                new CaseFile.Dispatch(
                        UUID.randomUUID(),
                        "A001",
                        "labour",
                        "劳动争议",
                        Channel.WALK_IN,
                        Grade.SPECIALIST,
                        RiskLevel.LOW,
                        "事由",
                        UUID.randomUUID(),
                        "劳动争议调解室",
                        at,
                        Actor.unnamed("desk")),
                MEDIATOR);
        file.startClock(rule, CALENDAR, 1);
        return file;
    }

    /** Monday 2027-03-01 10:00 in China: far enough ahead that "now" is before every deadline here. */
    static CaseFile future() {
        return registeredAt(
                OffsetDateTime.of(2027, 3, 1, 10, 0, 0, 0, CHINA.getRules().getOffset(Instant.now())),
                TEN_WORKING_DAYS);
    }

    @Test
    @DisplayName(
            "#15.5 ten working days from Monday end on the eleventh working day's close, skipping a local holiday; yellow from that day's start")
    void deadlineOnTheWorkingCalendar() {
        CaseClock clock = future().clock();

        // 1 Mar (day 0) … 10 Mar is a local holiday … the tenth working day after is Tue 16 Mar
        assertThat(clock.dueAt().atZoneSameInstant(CHINA).toLocalDateTime()).hasToString("2027-03-16T17:30");
        assertThat(clock.dueDay()).hasToString("2027-03-16");
        assertThat(clock.warnAt().atZoneSameInstant(CHINA).toLocalDateTime()).hasToString("2027-03-16T00:00");
        assertThat(clock.mark()).isEqualTo(ClockMark.ON_TIME);
        assertThat(clock.setIn()).isEqualTo("420102");
    }

    @Test
    @DisplayName(
            "#15.5 thirty calendar days end at midnight; yellow starts with the last working day before, not at red")
    void calendarDaysTurnYellowTheDayBefore() {
        CaseFile file = registeredAt(
                OffsetDateTime.of(2027, 3, 1, 10, 0, 0, 0, java.time.ZoneOffset.ofHours(8)),
                new RuleInForce(Limit.of(30, LimitUnit.CALENDAR_DAYS), null, Instant.parse("2000-01-01T00:00:00Z")));

        java.time.LocalDateTime due =
                file.clock().dueAt().atZoneSameInstant(CHINA).toLocalDateTime();
        java.time.LocalDateTime warn =
                file.clock().warnAt().atZoneSameInstant(CHINA).toLocalDateTime();
        assertThat(warn).isBefore(due);
        assertThat(warn.toLocalDate()).isEqualTo(due.minusNanos(1).toLocalDate());
        assertThat(warn.toLocalTime()).hasToString("00:00");
    }

    @Test
    @DisplayName("#15.5 a same-day case is not yellow at once: yellow halfway to the day's close")
    void sameDayTurnsYellowHalfway() {
        CaseFile file = registeredAt(
                OffsetDateTime.of(2027, 3, 1, 9, 30, 0, 0, java.time.ZoneOffset.ofHours(8)),
                new RuleInForce(Limit.of(0, LimitUnit.WORKING_DAYS), null, Instant.parse("2000-01-01T00:00:00Z")));

        assertThat(file.clock().dueAt().atZoneSameInstant(CHINA).toLocalDateTime())
                .hasToString("2027-03-01T17:30");
        assertThat(file.clock().warnAt().atZoneSameInstant(CHINA).toLocalDateTime())
                .hasToString("2027-03-01T13:30");
    }

    @Test
    @DisplayName("#15.2 an extension needs the parties' consent, moves the deadline by its amount, and runs out")
    void extensions() {
        CaseFile file = future();

        assertThatThrownBy(() -> file.extend(STREET, "等待材料", false, CALENDAR, 1, MEDIATOR))
                .isInstanceOf(InvalidInputException.class);
        assertThat(file.clock().extensions()).isZero();

        file.extend(STREET, "等待材料", true, CALENDAR, 1, MEDIATOR);
        assertThat(file.clock().dueDay()).hasToString("2027-03-23");
        file.extend(STREET, "再次协商", true, CALENDAR, 1, MEDIATOR);
        assertThat(file.clock().dueDay()).hasToString("2027-03-30");
        assertThatThrownBy(() -> file.extend(STREET, "第三次", true, CALENDAR, 1, MEDIATOR))
                .isInstanceOf(CaseActionRefusedException.class);

        assertThat(file.clock().extensions()).isEqualTo(2);
        assertThat(file.timeline())
                .filteredOn(event -> event.action() == CaseAction.EXTENDED)
                .extracting(CaseEvent::detail)
                .containsExactly(
                        "2027-03-16T09:30:00Z → 2027-03-23T09:30:00Z: 等待材料",
                        "2027-03-23T09:30:00Z → 2027-03-30T09:30:00Z: 再次协商");
    }

    @Test
    @DisplayName(
            "#15.2 a suspended clock cannot be suspended twice; resuming moves the deadline by the working time it stood")
    void suspension() {
        CaseFile file = registeredAt(OffsetDateTime.now().minusDays(1), TEN_WORKING_DAYS);
        OffsetDateTime due = file.clock().dueAt();

        file.suspend(STREET, "等待伤情鉴定", MEDIATOR);
        assertThat(file.clock().suspendedAt()).isNotNull();
        assertThatThrownBy(() -> file.suspend(STREET, "再次", MEDIATOR)).isInstanceOf(CaseActionRefusedException.class);
        file.resume(STREET, CALENDAR, 1, MEDIATOR);

        assertThat(file.clock().suspendedAt()).isNull();
        assertThat(file.clock().dueAt()).isAfterOrEqualTo(due);
        assertThatThrownBy(() -> file.resume(STREET, CALENDAR, 1, MEDIATOR))
                .isInstanceOf(CaseActionRefusedException.class);
        assertThat(file.timeline()).extracting(CaseEvent::action).contains(CaseAction.SUSPENDED, CaseAction.RESUMED);
    }

    @Test
    @DisplayName("#15.6 concluded after the deadline is late; before it, met; the clock then stops")
    void concludedLateOrInTime() {
        CaseFile late = registeredAt(OffsetDateTime.now().minusDays(60), TEN_WORKING_DAYS);
        late.accept(STREET, MEDIATOR);
        late.referTo(STREET, Referral.LITIGATION, null, "不同意调解", MEDIATOR);
        assertThat(late.clock().mark()).isEqualTo(ClockMark.LATE);
        assertThat(late.clock().isRunning()).isFalse();
        assertThatThrownBy(() -> late.extend(STREET, "太晚", true, CALENDAR, 1, MEDIATOR))
                .isInstanceOf(CaseActionRefusedException.class);

        CaseFile met = future();
        met.accept(STREET, MEDIATOR);
        met.referTo(STREET, Referral.LITIGATION, null, "不同意调解", MEDIATOR);
        assertThat(met.clock().mark()).isEqualTo(ClockMark.MET);
    }

    @Test
    @DisplayName("#15.5 an extension of an overdue case puts its mark back where the new deadline says")
    void extensionRewindsTheMark() {
        // registered 12 working days ago (two weeks and a bit): overdue by its ten days
        CaseFile file = registeredAt(OffsetDateTime.now().minusDays(16), TEN_WORKING_DAYS);
        file.extend(STREET, "双方同意延期", true, CALENDAR, 1, MEDIATOR);

        assertThat(file.clock().dueAt().toInstant()).isAfter(Instant.now());
        assertThat(file.clock().mark()).isIn(ClockMark.ON_TIME, ClockMark.DUE_SOON);
    }

    @Test
    @DisplayName("#15.5 no rule: no clock, nothing to extend")
    void noRuleNoClock() {
        CaseFile file = CaseFileTest.dispatched();
        assertThat(file.clock().mark()).isEqualTo(ClockMark.NONE);
        assertThat(file.clock().optionalLimit()).isEmpty();
        assertThatThrownBy(() -> file.suspend(STREET, "鉴定", MEDIATOR)).isInstanceOf(CaseActionRefusedException.class);
    }
}
