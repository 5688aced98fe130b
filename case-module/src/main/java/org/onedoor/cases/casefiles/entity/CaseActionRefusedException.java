package org.onedoor.cases.casefiles.entity;

import org.onedoor.platform.problems.entity.ConflictException;

/** The action is not possible in the case's current state (e.g. closing before the follow-up). */
public class CaseActionRefusedException extends ConflictException {

    public CaseActionRefusedException(String action, CaseState state) {
        super("case.action-refused", action, state);
    }
}
