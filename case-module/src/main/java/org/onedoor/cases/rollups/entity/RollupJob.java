package org.onedoor.cases.rollups.entity;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A consistency check or a rebuild of one area, run in the background by whichever instance
 * claims it (ADR 0016). It names its area and period itself: the worker needs no caller.
 */
public record RollupJob(
        UUID id,
        String area,
        Kind kind,
        Period period,
        State state,
        String startedBy,
        OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        int centersDone,
        Integer centersTotal,
        long events,
        String result,
        String failure) {

    public enum Kind {
        CONSISTENCY,
        REBUILD
    }

    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    public RollupJob {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(area, "area is required");
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(state, "state is required");
        if (kind == Kind.CONSISTENCY) {
            Objects.requireNonNull(period, "a consistency check needs its period");
        }
    }

    /** Whether a request for {@code kind} over {@code period} asks for what this job does. */
    public boolean does(Kind kind, Period period) {
        return this.kind == kind && Objects.equals(this.period, period);
    }

    public boolean isFinished() {
        return state == State.DONE || state == State.FAILED;
    }
}
