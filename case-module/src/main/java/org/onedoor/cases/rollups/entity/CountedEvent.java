package org.onedoor.cases.rollups.entity;

import java.time.OffsetDateTime;
import org.onedoor.cases.casefiles.entity.CaseAction;
import org.onedoor.cases.casefiles.entity.CaseEvent;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.ClockMark;
import org.onedoor.cases.casefiles.entity.TimeLimit;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;

/**
 * A timeline entry as the statistics see it: what happened in which center and when, and the
 * case's category, channel, grade, registration time and first receiver, and the mark of its clock
 * (MET or LATE once concluded). Nothing about the people.
 */
public record CountedEvent(
        String center,
        CaseAction action,
        OffsetDateTime at,
        Grade grade,
        String categoryCode,
        String categoryName,
        Channel channel,
        OffsetDateTime registeredAt,
        String firstReceiver,
        String detail,
        ClockMark clock) {

    public static CountedEvent of(CaseFile caseFile, CaseEvent event) {
        return new CountedEvent(
                event.centerCode(),
                event.action(),
                event.at(),
                event.grade() == null ? caseFile.grade() : event.grade(),
                caseFile.categoryCode(),
                caseFile.categoryName(),
                caseFile.channel(),
                caseFile.registeredAt(),
                caseFile.firstReceiver(),
                event.detail(),
                caseFile.clock().mark());
    }

    /**
     * Whether a conclusion kept the time limit: the case's own clock says (the rule in force when it
     * opened, on the working calendar, with extensions and suspensions); a case opened before clocks
     * existed is judged by the old fixed limits.
     */
    public boolean concludedInTime() {
        if (clock == ClockMark.MET || clock == ClockMark.LATE) {
            return clock == ClockMark.MET;
        }
        return TimeLimit.of(grade).isMet(registeredAt, at);
    }

    /** Whether this happened at the center that received the case first (not at one it was escalated to). */
    public boolean atFirstReceiver() {
        return center.equals(firstReceiver);
    }
}
