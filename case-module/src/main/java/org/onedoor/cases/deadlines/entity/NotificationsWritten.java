package org.onedoor.cases.deadlines.entity;

/**
 * Notifications were written in a center, in the transaction that fires this: to {@code recipient}
 * alone, or (null) to several people, roles or rooms at once, as the deadline pass writes them. The
 * live push tells the open pages once the transaction commits.
 */
public record NotificationsWritten(String center, String recipient) {}
