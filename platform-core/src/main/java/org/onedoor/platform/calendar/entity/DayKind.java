package org.onedoor.platform.calendar.entity;

/** What an exceptional day of the calendar is: a public holiday (放假) or a worked weekend day (调休上班). */
public enum DayKind {
    HOLIDAY,
    WORKING
}
