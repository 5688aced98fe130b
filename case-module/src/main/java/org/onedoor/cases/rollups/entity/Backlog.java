package org.onedoor.cases.rollups.entity;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The open cases of an area as the last deadline pass found them (积压), and how many of them are
 * past their deadline (超期未办结). A state, not a count of events: it belongs to now, whatever the
 * period. {@code countedAt} is the oldest count summed (empty when no pass has counted yet).
 */
public record Backlog(long open, long overdue, Optional<OffsetDateTime> countedAt) {

    public static Backlog none() {
        return new Backlog(0, 0, Optional.empty());
    }
}
