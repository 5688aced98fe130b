package org.onedoor.cases.deadlines.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onedoor.cases.deadlines.entity.PassReport;
import org.onedoor.cases.deadlines.entity.PassScope;
import org.onedoor.platform.tenancy.control.CenterTree;

/**
 * The deadline pass (issue #15.5): every open center's running clocks marked as at one instant, one
 * center per transaction (a failing center is logged and the others go on). Run under the cluster
 * lease, so one instance does the work; the marking itself is exact even if two passes overlap.
 */
@ApplicationScoped
public class DeadlinePass {

    static final String NAME = "deadlines";
    private static final Logger LOG = Logger.getLogger(DeadlinePass.class.getName());
    /** Longer than any pass should take; a lease this old belonged to an instance that died. */
    private static final Duration LEASE = Duration.ofMinutes(10);

    @Inject
    CenterMarking marking;

    @Inject
    PassLease lease;

    @Inject
    CenterTree tree;

    @Resource
    ManagedExecutorService executor;

    /** How many centers are marked at once; each worker holds one connection while it runs. */
    @Inject
    @ConfigProperty(name = "onedoor.deadlines.pass-threads", defaultValue = "2")
    int threads;

    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/cases/" + UUID.randomUUID();

    /**
     * Runs a pass as at {@code at} over every center, or the centers under {@code area} — all of them,
     * or only those whose next clock instant has come — when no other instance runs one; empty when
     * one does.
     */
    public Optional<PassReport> runIfFree(Instant at, String area, PassScope scope) {
        if (!lease.take(NAME, instance, LEASE)) {
            return Optional.empty();
        }
        PassReport report = null;
        try {
            report = run(at, area, scope);
            return Optional.of(report);
        } finally {
            lease.release(NAME, instance, report == null ? "failed" : report.toString());
        }
    }

    /**
     * Marks the centers on {@code threads} workers: the work is one statement per center in
     * PostgreSQL, so one worker keeps one backend and one core busy (bench/README.md).
     */
    private PassReport run(Instant at, String area, PassScope scope) {
        long started = System.nanoTime();
        List<Object[]> centers = centers(area, scope, at);
        AtomicInteger next = new AtomicInteger();
        LongAdder dueSoon = new LongAdder();
        LongAdder overdue = new LongAdder();
        LongAdder notifications = new LongAdder();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < centers.size(); i = next.getAndIncrement()) {
                String code = (String) centers.get(i)[0];
                try {
                    CenterMarking.Marked marked = marking.mark(code, (String) centers.get(i)[1], at);
                    dueSoon.add(marked.dueSoon());
                    overdue.add(marked.overdue());
                    notifications.add(marked.notifications());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, e, () -> "deadline pass: center " + code + " could not be marked");
                }
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, centers.size()); t++) {
            helpers.add(executor.submit(worker));
        }
        worker.run();
        helpers.forEach(DeadlinePass::await);
        PassReport done = new PassReport(
                at,
                scope,
                centers.size(),
                dueSoon.sum(),
                overdue.sum(),
                notifications.sum(),
                (System.nanoTime() - started) / 1_000_000);
        LOG.info(() -> "deadline pass " + done);
        return done;
    }

    private static void await(Future<?> helper) {
        try {
            helper.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the deadline pass ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker of the deadline pass failed", e.getCause());
        }
    }

    /**
     * Code and schema of the open centers (under {@code area}) whose case schema has clocks: all of
     * them, or those whose next clock instant is not after {@code at}.
     */
    private List<Object[]> centers(String area, PassScope scope, Instant at) {
        List<Object[]> open = marking.centersToVisit(scope, at);
        if (area == null) {
            return open;
        }
        Set<String> under =
                tree.subtree(area).stream().map(CenterTree.Node::code).collect(Collectors.toSet());
        return open.stream().filter(row -> under.contains((String) row[0])).toList();
    }
}
