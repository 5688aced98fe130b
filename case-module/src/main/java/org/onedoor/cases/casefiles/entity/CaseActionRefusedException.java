package org.onedoor.cases.casefiles.entity;

import org.onedoor.platform.problems.entity.ConflictException;

/** The action is not possible in the case's current state (e.g. closing before the follow-up). */
public class CaseActionRefusedException extends ConflictException {

    public CaseActionRefusedException(CaseStep step, CaseState state) {
        super("case.action-refused", step, state);
    }

    private CaseActionRefusedException(String messageKey) {
        super(messageKey);
    }

    /** Nothing is done on the read-only copy an escalation leaves behind (ADR 0010). */
    public static CaseActionRefusedException onEscalatedCopy() {
        return new CaseActionRefusedException("case.escalated-copy");
    }
}
