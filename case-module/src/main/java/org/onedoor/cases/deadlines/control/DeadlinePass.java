package org.onedoor.cases.deadlines.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.onedoor.cases.deadlines.entity.PassReport;
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

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    CenterMarking marking;

    @Inject
    PassLease lease;

    @Inject
    CenterTree tree;

    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/cases/" + UUID.randomUUID();

    /**
     * Runs a pass as at {@code at} over every center, or the centers under {@code area}, when no other
     * instance runs one; empty when one does.
     */
    public Optional<PassReport> runIfFree(Instant at, String area) {
        if (!lease.take(NAME, instance, LEASE)) {
            return Optional.empty();
        }
        PassReport report = null;
        try {
            report = run(at, area);
            return Optional.of(report);
        } finally {
            lease.release(NAME, instance, report == null ? "failed" : report.toString());
        }
    }

    private PassReport run(Instant at, String area) {
        long started = System.nanoTime();
        List<Object[]> centers = centers(area);
        PassReport report = new PassReport(at, centers.size(), 0, 0, 0, 0);
        for (Object[] center : centers) {
            String code = (String) center[0];
            try {
                CenterMarking.Marked marked = marking.mark(code, (String) center[1], at);
                report = report.plus(marked.dueSoon(), marked.overdue(), marked.notifications());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "deadline pass: center " + code + " could not be marked");
            }
        }
        PassReport done = new PassReport(
                at,
                report.centers(),
                report.dueSoon(),
                report.overdue(),
                report.notifications(),
                (System.nanoTime() - started) / 1_000_000);
        LOG.info(() -> "deadline pass " + done);
        return done;
    }

    /** Code and schema of the open centers (under {@code area}) whose case schema has clocks. */
    @SuppressWarnings("unchecked")
    private List<Object[]> centers(String area) {
        List<Object[]> open = em.createNativeQuery("select t.code, t.schema_name from platform.tenant t"
                        + " join pg_namespace n on n.nspname = t.schema_name"
                        + " join pg_class c on c.relnamespace = n.oid and c.relname = 'notification' and c.relkind = 'r'"
                        + " where t.status = 'ACTIVE' order by t.code")
                .getResultList();
        if (area == null) {
            return open;
        }
        Set<String> under =
                tree.subtree(area).stream().map(CenterTree.Node::code).collect(Collectors.toSet());
        return open.stream().filter(row -> under.contains((String) row[0])).toList();
    }
}
