package org.onedoor.platform.calendar.entity;

/**
 * What a time limit counts: working days on the center's calendar (0 is the end of the working day,
 * "same day"), working hours, or calendar days, as the law counts petitions and "one month".
 */
public enum LimitUnit {
    WORKING_DAYS(365),
    WORKING_HOURS(2000),
    CALENDAR_DAYS(365);

    private final int maxAmount;

    LimitUnit(int maxAmount) {
        this.maxAmount = maxAmount;
    }

    /** The largest amount a center may set: a year of days, or about a year of working hours. */
    public int maxAmount() {
        return maxAmount;
    }
}
