package org.onedoor.cases.casefiles.entity;

import java.util.List;
import java.util.stream.Collectors;
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

    /**
     * The path requires steps not done yet (e.g. the district's consultation of a special case). One
     * step — the only kind required before conclusion today — is passed as its constant, so messages
     * name it in words (提级会诊) where its label is found; several, by their names.
     */
    public static CaseActionRefusedException stepsOutstanding(List<RequirementKind> steps) {
        Object named = steps.size() == 1
                ? steps.get(0)
                : steps.stream().map(Enum::name).collect(Collectors.joining(", "));
        return new CaseActionRefusedException("case.steps-outstanding", named);
    }

    public static CaseActionRefusedException stepDone(RequirementKind kind) {
        return new CaseActionRefusedException("case.step-done", kind);
    }

    public static CaseActionRefusedException consultationPending(String district) {
        return new CaseActionRefusedException("case.consultation-pending", district);
    }

    /** The case's path does not require the step (e.g. a consultation of an ordinary case). */
    public static CaseActionRefusedException stepNotRequired(RequirementKind kind) {
        return new CaseActionRefusedException("case.step-not-required", kind);
    }
}
