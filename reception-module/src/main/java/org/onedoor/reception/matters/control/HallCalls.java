package org.onedoor.reception.matters.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onedoor.platform.live.control.LiveEvents;
import org.onedoor.reception.matters.entity.HallCall;
import org.onedoor.reception.matters.entity.Matter;

/**
 * Tells the hall displays of every instance that a ticket was called to its room (ADR 0004): a
 * NOTIFY in the dispatching transaction, which PostgreSQL delivers only once it commits — a dispatch
 * that rolls back is never called out in the hall.
 */
@ApplicationScoped
public class HallCalls {

    @PersistenceContext(unitName = "reception")
    EntityManager em;

    public void announce(String center, Matter dispatched) {
        em.createNativeQuery("select pg_notify(?1, ?2)")
                .setParameter(1, LiveEvents.CHANNEL)
                .setParameter(2, HallCall.of(dispatched).toEvent(center).toString())
                .getSingleResult();
    }
}
