package org.onedoor.cases.deadlines.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;

/**
 * The lease on a scheduled pass in {@code platform.scheduled_pass}: every instance schedules the
 * pass, the one whose conditional update takes the lease runs it, the others skip; a lease whose
 * instance died runs out and the next asker takes it.
 */
@ApplicationScoped
public class PassLease {

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    /** Takes the lease on {@code pass} for {@code holder} when nobody holds it; whether it did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(String pass, String holder, Duration length) {
        em.createNativeQuery("insert into platform.scheduled_pass (name) values (?1) on conflict do nothing")
                .setParameter(1, pass)
                .executeUpdate();
        return em.createNativeQuery("update platform.scheduled_pass set run_by = ?2,"
                                + " lease_until = now() + make_interval(secs => ?3), last_started = now()"
                                + " where name = ?1 and (lease_until is null or lease_until < now())")
                        .setParameter(1, pass)
                        .setParameter(2, holder)
                        .setParameter(3, (double) length.toSeconds())
                        .executeUpdate()
                == 1;
    }

    /** Gives the lease back with what the pass did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String pass, String holder, String report) {
        em.createNativeQuery("update platform.scheduled_pass set lease_until = null, last_finished = now(),"
                        + " last_report = ?3 where name = ?1 and run_by = ?2")
                .setParameter(1, pass)
                .setParameter(2, holder)
                .setParameter(3, report.length() > 2000 ? report.substring(0, 2000) : report)
                .executeUpdate();
    }
}
