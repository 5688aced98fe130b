package org.onedoor.platform.tenancy.control;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onedoor.platform.tenancy.entity.Center;

/**
 * A module's provisioning worker. At start it migrates the platform schema, then every open or
 * suspended center's schema (its readiness waits for that); afterwards it polls the ledger for
 * centers waiting for its steps, so new centers are picked up without a restart. Work runs on at
 * most {@code parallelism} threads; a failing center is recorded and never holds up the others.
 * Every unit of work carries its center explicitly.
 */
public final class ProvisioningWorker {

    private static final Logger LOG = Logger.getLogger(ProvisioningWorker.class.getName());

    private final String module;
    private final String instance;
    private final List<ProvisioningStep> steps;
    private final ProvisioningLedger ledger;
    private final Runnable platformMigration;
    private final Duration pollInterval;
    private final Semaphore slots;
    private final ExecutorService workers;
    private final ScheduledExecutorService poller;
    private volatile boolean ready;

    public ProvisioningWorker(
            String module,
            String instance,
            List<ProvisioningStep> steps,
            ProvisioningLedger ledger,
            Runnable platformMigration,
            ThreadFactory threads,
            int parallelism,
            Duration pollInterval) {
        this.module = module;
        this.instance = instance;
        this.steps = List.copyOf(steps);
        this.ledger = ledger;
        this.platformMigration = platformMigration;
        this.pollInterval = pollInterval;
        this.slots = new Semaphore(parallelism);
        this.workers = Executors.newFixedThreadPool(parallelism, threads);
        this.poller = Executors.newSingleThreadScheduledExecutor(threads);
    }

    public void start() {
        poller.execute(this::startUp);
    }

    /** True once the platform schema and every open center's schema are current. */
    public boolean isReady() {
        return ready;
    }

    public String module() {
        return module;
    }

    /** Looks for waiting centers now rather than at the next poll. */
    public void wakeUp() {
        poller.execute(this::poll);
    }

    public void stop() {
        poller.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
    }

    private void startUp() {
        try {
            platformMigration.run();
            keepCentersCurrent();
            ready = true;
            poller.scheduleWithFixedDelay(this::poll, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException | SQLException e) {
            LOG.log(Level.WARNING, e, () -> module + ": start-up migrations failed, retrying in " + pollInterval);
            poller.schedule(this::startUp, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void keepCentersCurrent() throws SQLException {
        List<Center> centers = ledger.centersToKeepCurrent();
        long started = System.nanoTime();
        LOG.info(() -> module + ": bringing " + centers.size() + " center schema(s) up to date");
        Map<ModuleMigrationStep, List<Center>> behind = new HashMap<>();
        for (ProvisioningStep step : steps) {
            if (step instanceof ModuleMigrationStep migration) {
                behind.put(migration, migration.behind(centers));
            }
        }
        int migrating = behind.values().stream().mapToInt(List::size).sum();
        CountDownLatch done = new CountDownLatch(migrating);
        behind.forEach((step, lagging) -> {
            for (Center center : lagging) {
                acquireSlot();
                workers.execute(() -> {
                    try {
                        perform(step, center);
                    } finally {
                        slots.release();
                        done.countDown();
                    }
                });
            }
        });
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while migrating centers", e);
        }
        LOG.info(() -> String.format(
                "%s: %d center schema(s) up to date in %d ms (%d migrated)",
                module, centers.size(), (System.nanoTime() - started) / 1_000_000, migrating));
    }

    private void poll() {
        for (ProvisioningStep step : steps) {
            try {
                int free = slots.availablePermits();
                if (free == 0) {
                    return;
                }
                for (Center center : ledger.claim(step.name(), instance, free)) {
                    acquireSlot();
                    workers.execute(() -> {
                        try {
                            perform(step, center);
                        } finally {
                            slots.release();
                        }
                    });
                }
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> module + ": could not look for waiting centers");
            }
        }
    }

    /** Runs one step for one center and records the outcome; never throws. */
    private void perform(ProvisioningStep step, Center center) {
        long started = System.nanoTime();
        LOG.info(() -> module + ": " + step.name() + " for center " + center.code() + " started");
        try {
            String detail = step.run(center);
            ledger.done(center.code(), step.name(), detail);
            LOG.info(() -> String.format(
                    "%s: %s for center %s finished in %d ms: %s",
                    module, step.name(), center.code(), (System.nanoTime() - started) / 1_000_000, detail));
        } catch (Exception e) {
            // the cause (SQL, EclipseLink, Keycloak text) stays in the log under a reference; the
            // center's failure reason that users read names only the reference (issue #13.5)
            String reference = UUID.randomUUID().toString();
            LOG.log(
                    Level.WARNING,
                    e,
                    () -> module + ": " + step.name() + " for center " + center.code() + " failed (reference "
                            + reference + "): " + rootMessage(e));
            try {
                ledger.failed(
                        center.code(), step.name(), "failed; the server log has the cause, reference " + reference);
            } catch (SQLException | RuntimeException recording) {
                LOG.log(Level.SEVERE, recording, () -> "could not record the failure of center " + center.code());
            }
        }
    }

    private void acquireSlot() {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
    }
}
