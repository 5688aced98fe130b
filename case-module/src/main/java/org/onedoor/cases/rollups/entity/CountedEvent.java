package org.onedoor.cases.rollups.entity;

import java.time.OffsetDateTime;
import org.onedoor.cases.casefiles.entity.CaseAction;
import org.onedoor.cases.casefiles.entity.CaseEvent;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;

/**
 * A timeline entry as the statistics see it: what happened in which center and when, and the
 * case's category, channel, grade, registration time and first receiver. Nothing about the people.
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
        String detail) {

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
                event.detail());
    }

    /** Whether this happened at the center that received the case first (not at one it was escalated to). */
    public boolean atFirstReceiver() {
        return center.equals(firstReceiver);
    }
}
