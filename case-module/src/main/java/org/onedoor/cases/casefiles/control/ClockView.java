package org.onedoor.cases.casefiles.control;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.onedoor.cases.casefiles.entity.CaseClock;

/**
 * A case's clock as the API and pages show it (issue #15.5): {@code mark} where it stands (ON_TIME,
 * DUE_SOON yellow, OVERDUE red; once concluded MET or LATE; NONE when no time limit applies), the
 * deadline and when it turns yellow, the limit it kept — {@code setIn} the center whose own rule it
 * is, null for the platform's default — the extensions used of those allowed, and a suspension.
 */
public record ClockView(
        String mark,
        OffsetDateTime dueAt,
        LocalDate dueDay,
        OffsetDateTime warnAt,
        LimitView limit,
        int extensions,
        OffsetDateTime suspendedAt,
        OffsetDateTime concludedAt) {

    public record LimitView(
            int amount,
            String unit,
            int maxExtensions,
            int extensionAmount,
            String setIn,
            OffsetDateTime effectiveFrom,
            OffsetDateTime countedFrom) {}

    static ClockView of(CaseClock clock) {
        return new ClockView(
                clock.mark().name(),
                clock.dueAt(),
                clock.dueDay(),
                clock.warnAt(),
                clock.optionalLimit()
                        .map(limit -> new LimitView(
                                limit.amount(),
                                limit.unit().name(),
                                limit.maxExtensions(),
                                limit.extensionAmount(),
                                clock.setIn(),
                                clock.effectiveFrom(),
                                clock.startedAt()))
                        .orElse(null),
                clock.extensions(),
                clock.suspendedAt(),
                clock.concludedAt());
    }
}
