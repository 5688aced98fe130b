package org.onedoor.cases.casefiles.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.matters.entity.PartyRole;
import org.onedoor.platform.matters.entity.RiskLevel;
import org.onedoor.platform.problems.entity.InvalidInputException;

class CaseFileTest {

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
                        "desk"),
                "desk");
        file.addParty(PartyRole.APPLICANT, "王丽", "420102199003071232", "13812345678", "湖北省武汉市江岸区胜利街1号");
        return file;
    }

    @Test
    @DisplayName("#4.4 dispatch → accept → session → resolve → follow-up → close, each step on the timeline")
    void wholeLife() {
        CaseFile file = dispatched();
        file.accept(STREET, "mediator");
        file.recordSession(STREET, OffsetDateTime.now(), "双方", "笔录", "mediator");
        file.regrade(STREET, Grade.SPECIALIST, "复杂", "mediator");
        file.resolveWith(STREET, AGREEMENT, "mediator");
        file.followUp(STREET, Satisfaction.SATISFIED, "已履行", "mediator");
        file.close(STREET, "mediator");

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
    }

    @Test
    @DisplayName("#4.4 actions out of turn are refused and change nothing")
    void outOfTurn() {
        CaseFile file = dispatched();
        assertThatThrownBy(() -> file.resolveWith(STREET, AGREEMENT, "mediator"))
                .isInstanceOf(CaseActionRefusedException.class);
        assertThatThrownBy(() -> file.close(STREET, "mediator")).isInstanceOf(CaseActionRefusedException.class);
        file.accept(STREET, "mediator");
        file.referTo(STREET, Referral.LITIGATION, null, "分歧大", "mediator");
        assertThatThrownBy(() -> file.close(STREET, "mediator"))
                .as("closing needs the follow-up first")
                .isInstanceOf(CaseActionRefusedException.class);
        assertThat(file.state()).isEqualTo(CaseState.NOT_RESOLVED);
    }

    @Test
    @DisplayName("#4.5 an escalated case is read-only where it was")
    void escalatedIsReadOnly() {
        CaseFile file = dispatched();
        file.escalateTo(STREET, "420102", "提级会诊", "mediator");

        assertThat(file.state()).isEqualTo(CaseState.ESCALATED);
        assertThat(file.escalatedTo()).isEqualTo("420102");
        assertThatThrownBy(() -> file.accept(STREET, "mediator")).isInstanceOf(CaseActionRefusedException.class);
        assertThatThrownBy(() -> file.escalateTo(STREET, "420102", "again", "mediator"))
                .isInstanceOf(CaseActionRefusedException.class);
        assertThatThrownBy(() -> file.requireHandledHere("reveal"))
                .as("no personal data revealed from the copy left behind")
                .isInstanceOf(CaseActionRefusedException.class);
    }

    @Test
    @DisplayName("#4.8 a case handled here may have its personal data revealed, whatever its state")
    void revealableWhereHandled() {
        CaseFile file = dispatched();
        file.accept(STREET, "mediator");
        file.referTo(STREET, Referral.LITIGATION, null, "诉讼", "mediator");

        assertThatCode(() -> file.requireHandledHere("reveal")).doesNotThrowAnyException();
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
        file.accept(STREET, "mediator");
        assertThat(file.possibleSteps())
                .containsExactly(
                        CaseStep.SESSION, CaseStep.REGRADE, CaseStep.RESOLVE, CaseStep.REFER, CaseStep.ESCALATE);
        file.resolveWith(STREET, AGREEMENT, "mediator");
        assertThat(file.possibleSteps()).containsExactly(CaseStep.FOLLOW_UP);
        assertThatThrownBy(() -> file.close(STREET, "mediator")).isInstanceOf(CaseActionRefusedException.class);
    }

    @Test
    @DisplayName("#14.2 referral to the competent department needs the department, whoever asks")
    void referralNeedsTheDepartment() {
        CaseFile file = dispatched();
        file.accept(STREET, "mediator");
        assertThatThrownBy(() -> file.referTo(STREET, Referral.COMPETENT_DEPARTMENT, " ", "不属调解范围", "mediator"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(file.state()).isEqualTo(CaseState.ACCEPTED);
        file.referTo(STREET, Referral.COMPETENT_DEPARTMENT, "区人社局", "劳动争议", "mediator");
        assertThat(file.state()).isEqualTo(CaseState.NOT_RESOLVED);
    }
}
