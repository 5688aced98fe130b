package org.onedoor.cases.rollups.entity;

/**
 * What the statistics count (product.md, "Statistics definitions"), one column each in the read
 * model. Every counter is a number of case-file events of one kind in an area and period.
 */
public enum Counter {
    /** Matters registered (受理) by a center of the area: counted once, by the first receiver. */
    RECEIVED("received"),
    /** Cases a mediator took on. */
    ACCEPTED("accepted"),
    /** Concluded with the outcome "resolved" (agreement reached), where the case was handled. */
    RESOLVED("resolved"),
    /** Concluded without agreement, referred to litigation, arbitration or a department. */
    NOT_RESOLVED("not_resolved"),
    /** Concluded (resolved or not) by the case's own deadline (the rule it kept, extended, minus suspension). */
    ON_TIME("on_time"),
    /** Concluded after the case's own deadline. */
    OVERDUE("overdue"),
    /** Cases that arrived in a center of the area by escalation (提级) from below. */
    ESCALATED_IN("escalated_in"),
    /** Cases the area's own center escalated to its parent: they left the area. */
    ESCALATED_OUT("escalated_out"),
    /** Follow-up visits (回访) made. */
    FOLLOWED_UP("followed_up"),
    VERY_SATISFIED("very_satisfied"),
    SATISFIED("satisfied"),
    NEUTRAL("neutral"),
    DISSATISFIED("dissatisfied"),
    /** Case files archived (归档) after the follow-up. */
    ARCHIVED("archived");

    private final String column;

    Counter(String column) {
        this.column = column;
    }

    /** The read model's column. */
    public String column() {
        return column;
    }

    /** Its name in API answers: {@code notResolved}, {@code escalatedIn}, … */
    public String key() {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }
}
