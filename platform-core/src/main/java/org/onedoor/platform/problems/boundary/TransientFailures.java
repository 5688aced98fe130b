package org.onedoor.platform.problems.boundary;

import java.sql.SQLException;
import java.util.Set;

/**
 * Database failures that say "busy, try again", not "broken": a lock not granted in time, a
 * serialization failure, a deadlock victim. Callers get 503 with Retry-After instead of a 500.
 */
final class TransientFailures {

    /** PostgreSQL SQLSTATEs: lock_not_available, serialization_failure, deadlock_detected, query_canceled. */
    private static final Set<String> STATES = Set.of("55P03", "40001", "40P01", "57014");

    private TransientFailures() {}

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && STATES.contains(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
