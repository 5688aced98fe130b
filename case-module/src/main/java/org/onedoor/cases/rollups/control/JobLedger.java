package org.onedoor.cases.rollups.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onedoor.cases.rollups.entity.Period;
import org.onedoor.cases.rollups.entity.RollupJob;
import org.onedoor.cases.rollups.entity.RollupJob.State;

/**
 * The jobs of the statistics in {@code platform.rollup_job}, shared by every instance. Each change
 * commits on its own, so progress is visible while the job's own transaction is still open.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobLedger {

    /** How long a claim holds without its instance renewing it. */
    static final String LEASE = "60 seconds";

    /** A job taken over this many times (its instances stopped while running it) is failed. */
    static final int ATTEMPTS = 3;

    private static final String COLUMNS = "id, area_code, kind, period_kind, period_from, period_to, state,"
            + " started_by, created_at, started_at, finished_at, centers_done, centers_total, events, result, failure";

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    /** Queues a job unless the area has an unfinished one; empty then. */
    public Optional<UUID> queue(String area, RollupJob.Kind kind, Period period, String startedBy) {
        UUID id = UUID.randomUUID();
        int inserted = em.createNativeQuery("insert into platform.rollup_job"
                        + " (id, area_code, kind, period_kind, period_from, period_to, state, started_by)"
                        + " values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6, '" + State.QUEUED + "', ?7)"
                        + " on conflict (area_code) where state in ('" + State.QUEUED + "', '" + State.RUNNING
                        + "') do nothing")
                .setParameter(1, id.toString())
                .setParameter(2, area)
                .setParameter(3, kind.name())
                .setParameter(4, period == null ? null : period.kind().name())
                .setParameter(5, period == null ? null : Date.valueOf(period.from()))
                .setParameter(6, period == null ? null : Date.valueOf(period.to()))
                .setParameter(7, startedBy)
                .executeUpdate();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    public Optional<RollupJob> find(UUID id) {
        return Rollups.rowsOf(em.createNativeQuery(
                                "select " + COLUMNS + " from platform.rollup_job where id = cast(?1 as uuid)")
                        .setParameter(1, id.toString())
                        .getResultList())
                .stream()
                .findFirst()
                .map(JobLedger::job);
    }

    /** The area's unfinished job, if any. */
    public Optional<RollupJob> unfinished(String area) {
        return Rollups.rowsOf(em.createNativeQuery("select " + COLUMNS + " from platform.rollup_job"
                                + " where area_code = ?1 and state in ('" + State.QUEUED + "', '" + State.RUNNING
                                + "')")
                        .setParameter(1, area)
                        .getResultList())
                .stream()
                .findFirst()
                .map(JobLedger::job);
    }

    /**
     * Claims one waiting job for {@code instance}: a queued one, or a running one whose instance
     * stopped renewing its lease. Jobs taken over too often are failed first.
     */
    public Optional<RollupJob> claim(String instance) {
        em.createNativeQuery("update platform.rollup_job set state = '" + State.FAILED
                        + "', failure = 'rollups.job.abandoned',"
                        + " finished_at = now(), lease_owner = null, lease_until = null"
                        + " where state = '" + State.RUNNING + "' and lease_until < now() and attempts >= ?1")
                .setParameter(1, ATTEMPTS)
                .executeUpdate();
        List<Object[]> claimed = Rollups.rowsOf(em.createNativeQuery("update platform.rollup_job j"
                        + " set state = '" + State.RUNNING + "', lease_owner = ?1, lease_until = now() + interval '"
                        + LEASE + "',"
                        + " attempts = attempts + 1, started_at = coalesce(started_at, now()),"
                        + " centers_done = 0, events = 0"
                        + " where j.id = (select id from platform.rollup_job"
                        + "   where state = '" + State.QUEUED + "' or (state = '" + State.RUNNING
                        + "' and lease_until < now())"
                        + "   order by created_at limit 1 for update skip locked)"
                        + " returning " + COLUMNS.replace("id,", "j.id,"))
                .setParameter(1, instance)
                .getResultList());
        return claimed.stream().findFirst().map(JobLedger::job);
    }

    /** Keeps the claims of {@code instance} on {@code jobs} alive. */
    public void renew(String instance, Collection<UUID> jobs) {
        if (jobs.isEmpty()) {
            return;
        }
        em.createNativeQuery("update platform.rollup_job set lease_until = now() + interval '" + LEASE + "'"
                        + " where lease_owner = ?1 and state = '" + State.RUNNING
                        + "' and id = any (cast(?2 as uuid[]))")
                .setParameter(1, instance)
                .setParameter(
                        2,
                        "{" + String.join(",", jobs.stream().map(UUID::toString).toList()) + "}")
                .executeUpdate();
    }

    /** Forgets jobs finished more than {@code days} days ago: their results were read or are stale. */
    public int forgetFinished(int days) {
        return em.createNativeQuery("delete from platform.rollup_job where state in ('" + State.DONE + "', '"
                        + State.FAILED + "')" + " and finished_at < now() - make_interval(days => ?1)")
                .setParameter(1, days)
                .executeUpdate();
    }

    public void progress(UUID id, String instance, int centersDone, int centersTotal, long events) {
        em.createNativeQuery("update platform.rollup_job set centers_done = ?3, centers_total = ?4, events = ?5"
                        + " where id = cast(?1 as uuid) and lease_owner = ?2 and state = '" + State.RUNNING + "'")
                .setParameter(1, id.toString())
                .setParameter(2, instance)
                .setParameter(3, centersDone)
                .setParameter(4, centersTotal)
                .setParameter(5, events)
                .executeUpdate();
    }

    /** Records the result, unless another instance took the job over meanwhile. */
    public void done(UUID id, String instance, String result) {
        end(id, instance, State.DONE.name(), result, null);
    }

    /** Records a failure by its message key (never an exception's text). */
    public void failed(UUID id, String instance, String failureKey) {
        end(id, instance, State.FAILED.name(), null, failureKey);
    }

    private void end(UUID id, String instance, String state, String result, String failure) {
        em.createNativeQuery("update platform.rollup_job set state = ?3, result = ?4, failure = ?5,"
                        + " finished_at = now(), lease_owner = null, lease_until = null"
                        + " where id = cast(?1 as uuid) and lease_owner = ?2 and state = '" + State.RUNNING + "'")
                .setParameter(1, id.toString())
                .setParameter(2, instance)
                .setParameter(3, state)
                .setParameter(4, result)
                .setParameter(5, failure)
                .executeUpdate();
    }

    private static RollupJob job(Object[] row) {
        String periodKind = (String) row[3];
        Period period = periodKind == null
                ? null
                : new Period(
                        Period.Kind.valueOf(periodKind), ((Date) row[4]).toLocalDate(), ((Date) row[5]).toLocalDate());
        return new RollupJob(
                uuid(row[0]),
                (String) row[1],
                RollupJob.Kind.valueOf((String) row[2]),
                period,
                RollupJob.State.valueOf((String) row[6]),
                (String) row[7],
                instant(row[8]),
                instant(row[9]),
                instant(row[10]),
                ((Number) row[11]).intValue(),
                row[12] == null ? null : ((Number) row[12]).intValue(),
                ((Number) row[13]).longValue(),
                (String) row[14],
                (String) row[15]);
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(String.valueOf(value));
    }

    private static OffsetDateTime instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime at) {
            return at;
        }
        if (value instanceof Timestamp at) {
            return at.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Instant at) {
            return at.atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a point in time: " + value);
    }
}
