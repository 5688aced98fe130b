package org.onedoor.cases.deadlines.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onedoor.cases.deadlines.entity.PassScope;

/**
 * Runs the deadline pass every {@code onedoor.deadlines.pass-seconds} (60 by default; 0 turns the
 * schedule off, as the system tests do: they run passes themselves): over the centers with something
 * due, and every {@code onedoor.deadlines.sweep-every} passes (15) over every center. Every instance schedules it;
 * the lease lets one of them run each pass. Scheduled when the module starts, so a pass carries no
 * caller: it carries each center explicitly.
 */
@ApplicationScoped
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DeadlinePass pass;

    @Inject
    @ConfigProperty(name = "onedoor.deadlines.pass-seconds", defaultValue = "60")
    long passSeconds;

    /** Every how many passes one visits every center (rewriting backlogs, catching anything missed). */
    @Inject
    @ConfigProperty(name = "onedoor.deadlines.sweep-every", defaultValue = "15")
    int sweepEvery;

    /** Passes this instance ran; its first is a sweep. */
    private final AtomicLong runs = new AtomicLong();

    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (passSeconds > 0) {
            schedule = scheduler.scheduleWithFixedDelay(this::run, passSeconds, passSeconds, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void run() {
        try {
            PassScope scope = runs.getAndIncrement() % Math.max(1, sweepEvery) == 0 ? PassScope.ALL : PassScope.DUE;
            pass.runIfFree(Instant.now(), null, scope);
        } catch (RuntimeException e) {
            // e.g. the platform schema still being migrated at start-up: the next pass tries again
            LOG.log(Level.WARNING, "the deadline pass failed", e);
        }
    }
}
