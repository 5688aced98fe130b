package org.onedoor.cases.casefiles.entity;

import java.util.List;
import java.util.Optional;

/**
 * A case file changed: the timeline entries it got, each naming the center where it happened (an
 * escalation adds one at the parent, whose copy lives in the parent's schema). Fired synchronously
 * in the changing transaction, so what observers write — statistics, the live push, whatever a
 * component adds next — commits or rolls back with the change itself. Observers never change the
 * case file.
 */
public record CaseChanged(CaseFile caseFile, List<CaseEvent> happened) {

    public CaseChanged {
        happened = List.copyOf(happened);
    }

    /** The entries {@code caseFile}'s timeline got after its first {@code known} ones. */
    public static CaseChanged since(CaseFile caseFile, int known) {
        List<CaseEvent> timeline = caseFile.timeline();
        return new CaseChanged(caseFile, timeline.subList(Math.min(known, timeline.size()), timeline.size()));
    }

    /** The first entry of {@code action} in this change. */
    public Optional<CaseEvent> first(CaseAction action) {
        return happened.stream().filter(event -> event.action() == action).findFirst();
    }
}
