package org.onedoor.cases.casefiles.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onedoor.cases.casefiles.entity.CaseClockTest.CALENDAR;
import static org.onedoor.cases.casefiles.entity.CaseClockTest.CHINA;
import static org.onedoor.cases.casefiles.entity.CaseClockTest.MEDIATOR;
import static org.onedoor.cases.casefiles.entity.CaseClockTest.STREET;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.calendar.entity.LimitUnit;
import org.onedoor.platform.security.entity.Actor;

/** The steps a grade's path requires (issue #15.3): consultation before conclusion, routine visits. */
class CasePathTest {

    static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");
    static final RuleInForce CONSULT_IN_TEN_DAYS =
            new RuleInForce(Limit.of(10, LimitUnit.WORKING_DAYS), "420102", SINCE);
    static final RuleInForce VISIT_WEEKLY = new RuleInForce(Limit.of(7, LimitUnit.CALENDAR_DAYS), null, SINCE);
    static final Agreement AGREEMENT = new Agreement("事实", "条款", "一次性支付", "调解室", LocalDate.of(2027, 4, 1));

    static Map<RequirementKind, RuleInForce> steps(RequirementKind kind, RuleInForce rule) {
        Map<RequirementKind, RuleInForce> steps = new EnumMap<>(RequirementKind.class);
        steps.put(kind, rule);
        return steps;
    }

    @Test
    @DisplayName("#15.3 a special case cannot conclude before the district's consultation; it is asked once")
    void consultationBeforeConclusion() {
        CaseFile file = CaseClockTest.future();
        file.requireSteps(steps(RequirementKind.CONSULT, CONSULT_IN_TEN_DAYS), CALENDAR);
        file.accept(STREET, MEDIATOR);

        assertThatThrownBy(() -> file.resolveWith(STREET, AGREEMENT, MEDIATOR))
                .isInstanceOf(CaseActionRefusedException.class)
                .hasMessageContaining("steps-outstanding");
        assertThatThrownBy(() -> file.referTo(STREET, Referral.LITIGATION, null, "分歧大", MEDIATOR))
                .isInstanceOf(CaseActionRefusedException.class);
        assertThat(file.state()).isEqualTo(CaseState.ACCEPTED);

        file.askConsultation(STREET, "420102", "欠薪涉及12人，请区级会诊", MEDIATOR);
        CaseRequirement consult = file.requirement(RequirementKind.CONSULT).orElseThrow();
        assertThat(consult.askedOf()).isEqualTo("420102");
        assertThat(consult.isOutstanding()).as("asked is not answered").isTrue();
        assertThat(consult.dueAt().atZoneSameInstant(CHINA).toLocalDate())
                .as("ten working days from Monday 1 March, past the local holiday")
                .hasToString("2027-03-16");
        assertThatThrownBy(() -> file.askConsultation(STREET, "420102", "再问", MEDIATOR))
                .isInstanceOf(CaseActionRefusedException.class)
                .hasMessageContaining("consultation-pending");
        assertThat(file.timeline()).extracting(CaseEvent::action).contains(CaseAction.CONSULTATION_ASKED);
    }

    @Test
    @DisplayName("#15.3 a community case's visits are scheduled from its registration, then from each visit")
    void routineVisits() {
        CaseFile file = CaseClockTest.registeredAt(OffsetDateTime.now().minusDays(3), CaseClockTest.TEN_WORKING_DAYS);
        file.requireSteps(steps(RequirementKind.VISIT, VISIT_WEEKLY), CALENDAR);
        CaseRequirement visit = file.requirement(RequirementKind.VISIT).orElseThrow();
        Instant firstDue = visit.dueAt().toInstant();
        assertThat(Duration.between(Instant.now(), firstDue)).isBetween(Duration.ofDays(3), Duration.ofDays(5));
        assertThat(visit.isOutstanding())
                .as("visits do not hold the conclusion back")
                .isFalse();

        file.recordVisit(STREET, "入户走访，双方情绪平稳", CALENDAR, MEDIATOR);

        CaseRequirement visited = file.requirement(RequirementKind.VISIT).orElseThrow();
        assertThat(visited.doneAt()).isNotNull();
        assertThat(visited.detail()).isEqualTo("入户走访，双方情绪平稳");
        assertThat(Duration.between(Instant.now(), visited.dueAt().toInstant()))
                .isBetween(Duration.ofDays(7), Duration.ofDays(8));
        assertThat(file.timeline()).extracting(CaseEvent::action).contains(CaseAction.VISITED);
    }

    @Test
    @DisplayName("#15.3 a step the path does not require is refused; a regrade drops a step nobody did")
    void notRequiredAndRegraded() {
        CaseFile file = CaseClockTest.future();
        assertThatThrownBy(() -> file.recordVisit(STREET, "走访", CALENDAR, MEDIATOR))
                .isInstanceOf(CaseActionRefusedException.class)
                .hasMessageContaining("step-not-required");
        assertThatThrownBy(() -> file.askConsultation(STREET, "420102", "会诊", MEDIATOR))
                .isInstanceOf(CaseActionRefusedException.class);

        file.requireSteps(steps(RequirementKind.CONSULT, CONSULT_IN_TEN_DAYS), CALENDAR);
        file.requireSteps(new EnumMap<>(RequirementKind.class), CALENDAR);
        file.accept(STREET, MEDIATOR);
        file.resolveWith(STREET, AGREEMENT, MEDIATOR);
        assertThat(file.state()).isEqualTo(CaseState.RESOLVED);
        assertThatThrownBy(() -> file.recordVisit(STREET, "走访", CALENDAR, MEDIATOR))
                .isInstanceOf(CaseActionRefusedException.class);
    }

    @Test
    @DisplayName("#15.3 acceptance names the accepting mediator when nobody was named; a named assignee stays")
    void acceptanceNamesTheMediator() {
        CaseFile file = CaseClockTest.future();
        file.accept(STREET, MEDIATOR);
        assertThat(file.assignee()).map(Actor::username).contains("mediator");

        CaseFile named = CaseClockTest.future();
        named.assignTo(STREET, new Actor("li.mediator", "李调解"), MEDIATOR);
        named.accept(STREET, MEDIATOR);
        assertThat(named.assignee()).map(Actor::username).contains("li.mediator");
    }
}
