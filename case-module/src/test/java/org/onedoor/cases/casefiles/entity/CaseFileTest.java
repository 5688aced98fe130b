package org.onedoor.cases.casefiles.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.matters.entity.PartyRole;
import org.onedoor.platform.matters.entity.RiskLevel;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.security.entity.Actor;

class CaseFileTest {

    static final Actor DESK = new Actor("desk", "王前台");
    static final Actor MEDIATOR = new Actor("mediator", "陈志强");

    static final String STREET = "420102001";
    static final Agreement AGREEMENT = new Agreement("事实", "协议内容", "银行转账", "武汉市", LocalDate.of(2026, 12, 31));

    static CaseFile dispatched() {
        CaseFile file = CaseFile.open(
                STREET,
                "2026-0001",
                new CaseFile.Dispatch(
                        UUID.randomUUID(),
                        "A001",
                        "divorce",
                        "离婚纠纷",
                        Channel.WALK_IN,
                        Grade.ORDINARY,
                        RiskLevel.LOW,
                        "事由",
                        UUID.randomUUID(),
                        "婚姻家庭纠纷调解室",
                        OffsetDateTime.now().minusMinutes(5),
                        Actor.unnamed("desk")),
                DESK);
        file.addParty(PartyRole.APPLICANT, "王丽", "420102199003071232", "13812345678", "湖北省武汉市江岸区胜利街1号");
        return file;
    }

    @Test
    @DisplayName("#4.4 dispatch → accept → session → resolve → follow-up → close, each step on the timeline")
    void wholeLife() {
        CaseFile file = dispatched();
        file.accept(STREET, MEDIATOR);
        file.recordSession(STREET, OffsetDateTime.now(), new SessionParticipants(null, null, "双方"), "笔录", MEDIATOR);
        file.regrade(STREET, Grade.SPECIALIST, "复杂", MEDIATOR);
        file.resolveWith(STREET, AGREEMENT, MEDIATOR);
        file.followUp(STREET, Satisfaction.SATISFIED, "已履行", MEDIATOR);
        file.close(STREET, MEDIATOR);

        assertThat(file.state()).isEqualTo(CaseState.CLOSED);
        assertThat(file.grade()).isEqualTo(Grade.SPECIALIST);
        assertThat(file.agreement()).contains(AGREEMENT);
        assertThat(file.timeline())
                .extracting(event -> event.action().name())
                .containsExactly(
                        "REGISTERED",
                        "DISPATCHED",
                        "ACCEPTED",
                        "SESSION",
                        "REGRADED",
                        "RESOLVED",
                        "FOLLOWED_UP",
                        "CLOSED");
        assertThat(file.timeline()).extracting(CaseEvent::actor).startsWith("desk", "desk", "mediator");
        assertThat(file.timeline())
                .extracting(event -> event.actedBy().shownName())
                .as("#22.1 each step names its actor as people read them")
                .startsWith("王前台", "王前台", "陈志强");
    }

    @Test
    @DisplayName("#4.4 actions out of turn are refused and change nothing")
    void outOfTurn() {
        CaseFile file = dispatched();
        assertThatThrownBy(() -> file.resolveWith(STREET, AGREEMENT, MEDIATOR))
                .isInstanceOf(CaseActionRefusedException.class);
        assertThatThrownBy(() -> file.close(STREET, MEDIATOR)).isInstanceOf(CaseActionRefusedException.class);
        file.accept(STREET, MEDIATOR);
        file.referTo(STREET, Referral.LITIGATION, null, "分歧大", MEDIATOR);
        assertThatThrownBy(() -> file.close(STREET, MEDIATOR))
                .as("closing needs the follow-up first")
                .isInstanceOf(CaseActionRefusedException.class);
        assertThat(file.state()).isEqualTo(CaseState.NOT_RESOLVED);
    }

    @Test
    @DisplayName("#4.5 an escalated case is read-only where it was")
    void escalatedIsReadOnly() {
        CaseFile file = dispatched();
        file.escalateTo(STREET, "420102", "提级会诊", MEDIATOR);

        assertThat(file.state()).isEqualTo(CaseState.ESCALATED);
        assertThat(file.escalatedTo()).isEqualTo("420102");
        assertThatThrownBy(() -> file.accept(STREET, MEDIATOR)).isInstanceOf(CaseActionRefusedException.class);
        assertThatThrownBy(() -> file.escalateTo(STREET, "420102", "again", MEDIATOR))
                .isInstanceOf(CaseActionRefusedException.class);
        assertThatThrownBy(() -> file.requireHandledHere())
                .as("no personal data revealed from the copy left behind")
                .isInstanceOf(CaseActionRefusedException.class);
    }

    @Test
    @DisplayName("#4.8 a case handled here may have its personal data revealed, whatever its state")
    void revealableWhereHandled() {
        CaseFile file = dispatched();
        file.accept(STREET, MEDIATOR);
        file.referTo(STREET, Referral.LITIGATION, null, "诉讼", MEDIATOR);

        assertThatCode(() -> file.requireHandledHere()).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("#4.8 parties are masked unless a field is asked for in full")
    void partiesMasked() {
        CaseParty party = dispatched().parties().get(0);
        assertThat(party.masked(CaseParty.Field.ID_NUMBER)).isEqualTo("4201**********1232");
        assertThat(party.masked(CaseParty.Field.PHONE)).isEqualTo("138****5678");
        assertThat(party.masked(CaseParty.Field.NAME)).isEqualTo("王*");
        assertThat(party.value(CaseParty.Field.ID_NUMBER)).isEqualTo("420102199003071232");
    }

    @Test
    @DisplayName("#14.2 the case file says what can be done next; the page and the API only show it")
    void possibleSteps() {
        CaseFile file = dispatched();
        assertThat(file.possibleSteps()).containsExactly(CaseStep.ACCEPT, CaseStep.REGRADE, CaseStep.ESCALATE);
        file.accept(STREET, MEDIATOR);
        assertThat(file.possibleSteps())
                .containsExactly(
                        CaseStep.SESSION, CaseStep.REGRADE, CaseStep.RESOLVE, CaseStep.REFER, CaseStep.ESCALATE);
        file.resolveWith(STREET, AGREEMENT, MEDIATOR);
        assertThat(file.possibleSteps()).containsExactly(CaseStep.FOLLOW_UP);
        assertThatThrownBy(() -> file.close(STREET, MEDIATOR)).isInstanceOf(CaseActionRefusedException.class);
    }

    @Test
    @DisplayName("#14.2 referral to the competent department needs the department, whoever asks")
    void referralNeedsTheDepartment() {
        CaseFile file = dispatched();
        file.accept(STREET, MEDIATOR);
        assertThatThrownBy(() -> file.referTo(STREET, Referral.COMPETENT_DEPARTMENT, " ", "不属调解范围", MEDIATOR))
                .isInstanceOf(InvalidInputException.class);
        assertThat(file.state()).isEqualTo(CaseState.ACCEPTED);
        file.referTo(STREET, Referral.COMPETENT_DEPARTMENT, "区人社局", "劳动争议", MEDIATOR);
        assertThat(file.state()).isEqualTo(CaseState.NOT_RESOLVED);
    }

    @Test
    @DisplayName(
            "#22.1 registered by another clerk than the one who dispatched: that clerk's username, no name guessed")
    void registrarWithoutName() {
        CaseFile file = CaseFile.open(
                STREET,
                "2026-0002",
                new CaseFile.Dispatch(
                        UUID.randomUUID(),
                        "A002",
                        "divorce",
                        "离婚纠纷",
                        Channel.WALK_IN,
                        Grade.ORDINARY,
                        RiskLevel.LOW,
                        "事由",
                        null,
                        null,
                        OffsetDateTime.now().minusMinutes(5),
                        Actor.unnamed("other.clerk")),
                DESK);
        assertThat(file.timeline().get(0).actedBy()).isEqualTo(Actor.unnamed("other.clerk"));
        assertThat(file.timeline().get(0).actedBy().shownName()).isEqualTo("other.clerk");
        assertThat(file.timeline().get(1).actedBy()).isEqualTo(DESK);
    }

    @Test
    @DisplayName("#22.1 registered by another clerk whose name the desk kept: the timeline names that clerk")
    void registrarByName() {
        CaseFile file = CaseFile.open(
                STREET,
                "2026-0003",
                new CaseFile.Dispatch(
                        UUID.randomUUID(),
                        "A003",
                        "divorce",
                        "离婚纠纷",
                        Channel.WALK_IN,
                        Grade.ORDINARY,
                        RiskLevel.LOW,
                        "事由",
                        null,
                        null,
                        OffsetDateTime.now().minusMinutes(5),
                        new Actor("other.clerk", "符海燕")),
                DESK);
        assertThat(file.timeline().get(0).actedBy()).isEqualTo(new Actor("other.clerk", "符海燕"));
        assertThat(file.timeline().get(1).actedBy()).isEqualTo(DESK);
    }

    @Test
    @DisplayName("#22.3 session participants are chosen: parties shown masked, staff by name, others in words")
    void chosenParticipants() {
        CaseFile file = dispatched();
        CaseParty applicant = file.parties().get(0);
        file.accept(STREET, MEDIATOR);
        MediationSession session = file.recordSession(
                STREET,
                OffsetDateTime.now(),
                new SessionParticipants(List.of(applicant.id()), List.of("mediator", "desk"), "社区民警"),
                "笔录",
                MEDIATOR);

        assertThat(session.parties()).containsExactly(applicant.id());
        assertThat(session.shownParticipants()).containsExactly("王*", "陈志强", "王前台", "社区民警");
        CaseEvent entry = file.timeline().get(file.timeline().size() - 1);
        assertThat(entry.action()).isEqualTo(CaseAction.SESSION);
        assertThat(entry.detail()).isEqualTo("王*、陈志强、王前台、社区民警").doesNotContain("王丽");
    }

    @Test
    @DisplayName("#22.3 a session needs a participant, and only the case's own parties can be chosen")
    void participantsChecked() {
        CaseFile file = dispatched();
        file.accept(STREET, MEDIATOR);
        assertThatThrownBy(() -> file.recordSession(
                        STREET, OffsetDateTime.now(), new SessionParticipants(null, List.of(" "), " "), "笔录", MEDIATOR))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refusal -> assertThat(((InvalidInputException) refusal).violations())
                        .extracting(violation -> violation.field())
                        .containsExactly("participants"));
        assertThatThrownBy(() -> file.recordSession(
                        STREET,
                        OffsetDateTime.now(),
                        new SessionParticipants(List.of(UUID.randomUUID()), null, null),
                        "笔录",
                        MEDIATOR))
                .isInstanceOf(InvalidInputException.class);
        assertThat(file.sessions()).isEmpty();
    }

    @Test
    @DisplayName("#22.3 words typed before (old sessions, notes) show a party's name masked")
    void typedNamesMasked() {
        CaseFile file = dispatched();
        file.addParty(PartyRole.RESPONDENT, "欧阳娜娜", null, null, null);
        file.addParty(PartyRole.OTHER, "李", null, null, null);
        assertThat(file.masked("王丽、欧阳娜娜、调解员、李主任")).isEqualTo("王*、欧***、调解员、李主任");
        assertThat(file.masked(null)).isNull();
    }
}
