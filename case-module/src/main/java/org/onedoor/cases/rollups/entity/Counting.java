package org.onedoor.cases.rollups.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onedoor.cases.casefiles.entity.CaseAction;
import org.onedoor.cases.casefiles.entity.Satisfaction;
import org.onedoor.platform.time.entity.CenterTime;

/**
 * Which counters a timeline entry moves, and in which cells. The live projection and the
 * consistency check both count with this, so a difference between them can only mean a lost or
 * doubled update, never two readings of the definitions.
 *
 * <p>An escalated case is counted once at each level: received and accepted by its first receiver,
 * escalated out there and escalated in at the parent, concluded and followed up where it was handled. The copy
 * of the timeline that travels up with the case keeps each entry's center, so the parent never
 * counts the child's entries again.
 */
public final class Counting {

    private Counting() {}

    /** The counters {@code event} adds one to; none for entries that are not counted. */
    public static List<Counter> countersOf(CountedEvent event) {
        List<Counter> counters = new ArrayList<>(2);
        switch (event.action()) {
            case REGISTERED -> counters.add(Counter.RECEIVED);
            case ACCEPTED -> {
                // the parent's acceptance of an escalated case is counted as its escalation in
                if (event.atFirstReceiver()) {
                    counters.add(Counter.ACCEPTED);
                }
            }
            case RESOLVED, NOT_RESOLVED -> {
                counters.add(event.action() == CaseAction.RESOLVED ? Counter.RESOLVED : Counter.NOT_RESOLVED);
                counters.add(event.concludedInTime() ? Counter.ON_TIME : Counter.OVERDUE);
            }
            case FOLLOWED_UP -> {
                counters.add(Counter.FOLLOWED_UP);
                counters.add(satisfactionCounter(event.detail()));
            }
            case CLOSED -> counters.add(Counter.ARCHIVED);
            case ESCALATED -> counters.add(Counter.ESCALATED_OUT);
            case ESCALATED_IN -> counters.add(Counter.ESCALATED_IN);
            default -> {
                // registration's dispatch, sessions, regrading: part of the case file, not of the figures
            }
        }
        return counters;
    }

    /**
     * The cells {@code event} is counted in, given the path of its center from the top of the tree
     * ({@code [420000, 420100, 420102, 420102001]}): the totals and breakdowns of every area on the
     * path and the center's own row — except an escalation out, which leaves only the center's own
     * area (the parent, and so every area above, still contains the case).
     */
    public static List<Cell> cellsOf(CountedEvent event, List<String> path) {
        LocalDate day = CenterTime.dayOf(event.at());
        String center = path.get(path.size() - 1);
        List<String> areas = event.action() == CaseAction.ESCALATED ? List.of(center) : path;
        List<Cell> cells = new ArrayList<>(areas.size() * 4 + 1);
        for (String area : areas) {
            cells.add(new Cell(area, Dimension.ALL, day, ""));
            cells.add(new Cell(area, Dimension.CATEGORY, day, event.categoryCode()));
            cells.add(new Cell(area, Dimension.CHANNEL, day, event.channel().name()));
            cells.add(new Cell(area, Dimension.GRADE, day, event.grade().name()));
        }
        cells.add(new Cell(center, Dimension.OWN, day, ""));
        return cells;
    }

    private static Counter satisfactionCounter(String answer) {
        return switch (Satisfaction.valueOf(answer)) {
            case VERY_SATISFIED -> Counter.VERY_SATISFIED;
            case SATISFIED -> Counter.SATISFIED;
            case NEUTRAL -> Counter.NEUTRAL;
            case DISSATISFIED -> Counter.DISSATISFIED;
        };
    }
}
