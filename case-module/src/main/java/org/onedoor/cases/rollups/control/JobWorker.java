package org.onedoor.cases.rollups.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onedoor.cases.rollups.entity.RollupJob;

/**
 * Runs the jobs of the statistics on this instance. Polling is scheduled when the module starts, so
 * no task ever carries a caller: a job runs with only what its row says (area, kind, period). It
 * claims one job at a time from the shared table (SKIP LOCKED: each job runs on one instance) and
 * renews the leases of its running jobs; when this instance stops, its leases run out and another
 * instance takes the jobs over from the start (a check only reads; a rebuild's transaction rolled
 * back with the instance).
 */
@ApplicationScoped
public class JobWorker {

    private static final Logger LOG = Logger.getLogger(JobWorker.class.getName());

    /** Progress is written at most this often (and always at the end). */
    private static final long PROGRESS_EVERY_MS = 500;

    /** Finished jobs are kept this long, then forgotten. */
    private static final int KEPT_DAYS = 30;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    @Inject
    JobLedger ledger;

    @Inject
    Recount recount;

    @Inject
    @ConfigProperty(name = "onedoor.rollups.jobs.poll-seconds", defaultValue = "1")
    long pollSeconds;

    @Inject
    @ConfigProperty(name = "onedoor.rollups.jobs.parallel", defaultValue = "1")
    int parallel;

    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/cases/" + UUID.randomUUID();
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private final List<ScheduledFuture<?>> schedules = new CopyOnWriteArrayList<>();
    private final Jsonb json = JsonbBuilder.create();
    private Semaphore slots;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        slots = new Semaphore(Math.max(1, parallel));
        schedules.add(scheduler.scheduleWithFixedDelay(this::poll, pollSeconds, pollSeconds, TimeUnit.SECONDS));
        schedules.add(scheduler.scheduleWithFixedDelay(this::renew, 15, 15, TimeUnit.SECONDS));
        schedules.add(scheduler.scheduleWithFixedDelay(this::forget, 5, 60, TimeUnit.MINUTES));
    }

    @PreDestroy
    void stop() {
        schedules.forEach(schedule -> schedule.cancel(false));
    }

    private void poll() {
        if (!slots.tryAcquire()) {
            return;
        }
        Optional<RollupJob> claimed;
        try {
            claimed = ledger.claim(instance);
        } catch (RuntimeException e) {
            // e.g. the platform schema is still being migrated at start-up
            slots.release();
            LOG.log(Level.FINE, "could not look for statistics jobs", e);
            return;
        }
        if (claimed.isEmpty()) {
            slots.release();
            return;
        }
        RollupJob job = claimed.get();
        running.add(job.id());
        try {
            executor.execute(() -> run(job));
        } catch (RuntimeException e) {
            running.remove(job.id());
            slots.release();
            LOG.log(Level.WARNING, e, () -> "statistics job " + job.id() + " could not be started here");
        }
    }

    private void run(RollupJob job) {
        long started = System.nanoTime();
        LOG.info(() -> "statistics job " + job.id() + ": " + job.kind() + " of " + job.area() + " started");
        try {
            Recount.Progress progress = progressOf(job);
            Recount.Report report = job.kind() == RollupJob.Kind.CONSISTENCY
                    ? recount.check(job.area(), job.period(), progress)
                    : recount.rebuild(job.area(), progress);
            ledger.done(job.id(), instance, json.toJson(report));
            LOG.info(() ->
                    "statistics job " + job.id() + " done in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "statistics job " + job.id() + " failed");
            try {
                ledger.failed(job.id(), instance, "rollups.job.failed");
            } catch (RuntimeException recording) {
                LOG.log(Level.SEVERE, recording, () -> "could not record the failure of statistics job " + job.id());
            }
        } finally {
            running.remove(job.id());
            slots.release();
        }
    }

    private Recount.Progress progressOf(RollupJob job) {
        long[] last = {0};
        return (done, total, events) -> {
            long now = System.currentTimeMillis();
            if (done == total || now - last[0] >= PROGRESS_EVERY_MS) {
                last[0] = now;
                ledger.progress(job.id(), instance, done, total, events);
            }
        };
    }

    private void forget() {
        try {
            ledger.forgetFinished(KEPT_DAYS);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not forget old statistics jobs", e);
        }
    }

    private void renew() {
        try {
            ledger.renew(instance, Set.copyOf(running));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not renew the leases of running statistics jobs", e);
        }
    }
}
