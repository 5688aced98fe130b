package org.onedoor.cases.rollups.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.cases.rollups.entity.Period;
import org.onedoor.cases.rollups.entity.PeriodQuery;
import org.onedoor.cases.rollups.entity.RollupJob;
import org.onedoor.platform.problems.entity.ConflictException;
import org.onedoor.platform.problems.entity.ForbiddenException;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.time.entity.CenterTime;

/**
 * Starts, joins and shows the jobs of the statistics. The caller is admitted to the area before
 * anything else is read (404 for a stranger, whatever the parameters); an area runs one job at a
 * time: asking again for the same work joins the running job, asking for other work is refused
 * until it ends.
 */
@ApplicationScoped
public class RollupJobs {

    @Inject
    RollupAccess access;

    @Inject
    CenterPaths paths;

    @Inject
    JobLedger ledger;

    /** A started or joined job. */
    public record Started(RollupJob job, boolean joined) {}

    public Started checkConsistency(Caller caller, String code, PeriodQuery query) {
        access.requireReadable(caller, code);
        Period period = query.resolve(LocalDate.now(CenterTime.zone()));
        return startOrJoin(caller, code, RollupJob.Kind.CONSISTENCY, period);
    }

    /** Platform operator, top-level centers only: replaces the tree's statistics with a recount. */
    public Started rebuild(Caller caller, String code) {
        access.requireReadable(caller, code);
        if (!RollupAccess.isOperator(caller)) {
            throw new ForbiddenException("rollups.rebuild.operator-only", code);
        }
        if (paths.pathOf(code).size() != 1) {
            throw new ConflictException("rollups.rebuild.not-top", code);
        }
        return startOrJoin(caller, code, RollupJob.Kind.REBUILD, null);
    }

    /** A job of {@code code}, for whoever may read the area's statistics. */
    public RollupJob job(Caller caller, String code, String id) {
        access.requireReadable(caller, code);
        return parse(id)
                .flatMap(ledger::find)
                .filter(job -> job.area().equals(code))
                .orElseThrow(() -> new NotFoundException("rollups.job.not-found", id));
    }

    private Started startOrJoin(Caller caller, String code, RollupJob.Kind kind, Period period) {
        // the running job may end between the insert and the look-up: then try again
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<UUID> queued = ledger.queue(code, kind, period, caller.username());
            if (queued.isPresent()) {
                return new Started(ledger.find(queued.get()).orElseThrow(), false);
            }
            Optional<RollupJob> running = ledger.unfinished(code);
            if (running.isPresent()) {
                RollupJob job = running.get();
                if (job.does(kind, period)) {
                    return new Started(job, true);
                }
                throw new ConflictException("rollups.job.busy", code, job.kind(), job.id());
            }
        }
        throw new ConflictException("rollups.job.busy", code, kind, "");
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
