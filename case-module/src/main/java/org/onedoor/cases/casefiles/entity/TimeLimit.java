package org.onedoor.cases.casefiles.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.time.entity.CenterTime;

/**
 * How long a center has to conclude a case (办结: resolved, or not resolved and referred), counted
 * from registration in calendar days of the centers' time zone ({@link CenterTime}): an ordinary matter the same day
 * (普通门诊, 当日办结), every other grade within one month — 30 days — as mediation generally must
 * be (product.md, default time limits). Working days, holidays and per-center limits are not
 * modelled yet.
 */
public enum TimeLimit {
    SAME_DAY(0),
    ONE_MONTH(30);

    private final int days;

    TimeLimit(int days) {
        this.days = days;
    }

    public static TimeLimit of(Grade grade) {
        return grade == Grade.ORDINARY ? SAME_DAY : ONE_MONTH;
    }

    /** The last day on which a case registered at {@code registeredAt} is concluded in time. */
    public LocalDate lastDay(OffsetDateTime registeredAt) {
        return dayOf(registeredAt).plusDays(days);
    }

    public boolean isMet(OffsetDateTime registeredAt, OffsetDateTime concludedAt) {
        return !dayOf(concludedAt).isAfter(lastDay(registeredAt));
    }

    private static LocalDate dayOf(OffsetDateTime at) {
        return CenterTime.dayOf(at);
    }
}
