package org.onedoor.cases.rollups.boundary;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onedoor.cases.rollups.control.Recount;
import org.onedoor.cases.rollups.entity.RollupJob;
import org.onedoor.platform.i18n.control.Messages;

/**
 * A job as the API shows it: what it does, how far it got, and when done its result (a check's
 * differences, a rebuild's counts) or why it failed.
 */
public record JobView(
        UUID id,
        String area,
        String kind,
        JobPeriod period,
        String state,
        String startedBy,
        OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        JobProgress progress,

        @Schema(implementation = Recount.Report.class, description = "When done: the check's or rebuild's report")
        JsonValue result,

        String failure) {

    public record JobPeriod(String kind, LocalDate from, LocalDate to) {}

    public record JobProgress(int centersDone, Integer centersTotal, long events) {}

    static JobView of(RollupJob job, Messages messages, Locale locale) {
        return new JobView(
                job.id(),
                job.area(),
                job.kind().name(),
                job.period() == null
                        ? null
                        : new JobPeriod(
                                job.period().kind().name(),
                                job.period().from(),
                                job.period().to()),
                job.state().name(),
                job.startedBy(),
                job.createdAt(),
                job.startedAt(),
                job.finishedAt(),
                new JobProgress(job.centersDone(), job.centersTotal(), job.events()),
                job.result() == null
                        ? null
                        : Json.createReader(new StringReader(job.result())).readValue(),
                job.failure() == null ? null : messages.text(locale, job.failure()));
    }
}
