package org.onedoor.cases.escalation.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.onedoor.cases.casefiles.entity.CaseState;

class EscalationOutcomeTest {

    @Test
    @DisplayName("a case resolved or not resolved up the chain shows that state as its outcome")
    void decided() {
        assertThat(Escalation.outcome(CaseState.RESOLVED.name(), false)).isEqualTo("RESOLVED");
        assertThat(Escalation.outcome(CaseState.NOT_RESOLVED.name(), true)).isEqualTo("NOT_RESOLVED");
    }

    @Test
    @DisplayName("a followed-up or closed case ended not resolved when it was referred, resolved otherwise")
    void afterwards() {
        for (CaseState state : new CaseState[] {CaseState.FOLLOWED_UP, CaseState.CLOSED}) {
            assertThat(Escalation.outcome(state.name(), true)).isEqualTo("NOT_RESOLVED");
            assertThat(Escalation.outcome(state.name(), false)).isEqualTo("RESOLVED");
        }
    }

    @Test
    @DisplayName("a case still waiting or in mediation has no outcome yet")
    void undecided() {
        for (CaseState state : new CaseState[] {CaseState.DISPATCHED, CaseState.ACCEPTED, CaseState.ESCALATED}) {
            assertThat(Escalation.outcome(state.name(), true)).isNull();
        }
    }
}
