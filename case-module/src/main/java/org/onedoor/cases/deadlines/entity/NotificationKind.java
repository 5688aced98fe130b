package org.onedoor.cases.deadlines.entity;

/** What an in-app notification is about. */
public enum NotificationKind {
    /** A case's deadline is near (yellow): to whoever works on it. */
    DUE_SOON,
    /** A case is overdue (red): 催办 to whoever works on it and to the center's leaders. */
    OVERDUE,
    /** A case was assigned to the recipient. */
    ASSIGNED
}
