package org.onedoor.cases.casefiles.entity;

import static org.onedoor.cases.casefiles.entity.CaseState.ACCEPTED;
import static org.onedoor.cases.casefiles.entity.CaseState.DISPATCHED;
import static org.onedoor.cases.casefiles.entity.CaseState.FOLLOWED_UP;
import static org.onedoor.cases.casefiles.entity.CaseState.NOT_RESOLVED;
import static org.onedoor.cases.casefiles.entity.CaseState.RESOLVED;

import java.util.Set;

/**
 * What the case's handlers can do next, and in which states: the one statement of the case file's
 * state machine. The case file enforces it; the API shows it ({@code steps}) and the page offers
 * only these actions.
 */
public enum CaseStep {
    ACCEPT("accept", DISPATCHED),
    SESSION("session", ACCEPTED),
    REGRADE("grade", DISPATCHED, ACCEPTED),
    RESOLVE("resolve", ACCEPTED),
    REFER("refer", ACCEPTED),
    FOLLOW_UP("follow-up", RESOLVED, NOT_RESOLVED),
    CLOSE("close", FOLLOWED_UP),
    ESCALATE("escalate", DISPATCHED, ACCEPTED);

    private final String key;
    private final Set<CaseState> from;

    CaseStep(String key, CaseState... from) {
        this.key = key;
        this.from = Set.of(from);
    }

    /** The step as the API's paths and the page name it, e.g. {@code follow-up}. */
    public String key() {
        return key;
    }

    public boolean allowedIn(CaseState state) {
        return from.contains(state);
    }
}
