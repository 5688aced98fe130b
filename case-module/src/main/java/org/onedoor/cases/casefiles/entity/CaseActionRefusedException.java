package org.onedoor.cases.casefiles.entity;

import org.onedoor.platform.problems.entity.ConflictException;

/** The action is not possible in the case's current state (e.g. closing before the follow-up). */
public class CaseActionRefusedException extends ConflictException {

    public CaseActionRefusedException(CaseStep step, CaseState state) {
        super("case.action-refused", step, state);
    }

    private CaseActionRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** Nothing is done on the read-only copy an escalation leaves behind (ADR 0010). */
    public static CaseActionRefusedException onEscalatedCopy() {
        return new CaseActionRefusedException("case.escalated-copy");
    }

    /** Extending or suspending needs a clock that runs: a time limit applies and the case is not concluded. */
    public static CaseActionRefusedException clockNotRunning() {
        return new CaseActionRefusedException("case.clock.not-running");
    }

    public static CaseActionRefusedException noExtensionLeft(int allowed) {
        return new CaseActionRefusedException("case.clock.no-extension-left", allowed);
    }

    public static CaseActionRefusedException alreadySuspended() {
        return new CaseActionRefusedException("case.clock.already-suspended");
    }

    public static CaseActionRefusedException notSuspended() {
        return new CaseActionRefusedException("case.clock.not-suspended");
    }

    public static CaseActionRefusedException closed() {
        return new CaseActionRefusedException("case.closed");
    }
}
