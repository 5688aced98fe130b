package org.onedoor.reception.matters.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.onedoor.platform.time.entity.CenterTime;
import org.onedoor.reception.matters.entity.Ticket;

/**
 * Issues the day's next ticket of the center bound to the transaction. The counter row is locked by
 * the upsert until commit, so two desks never get the same number and a rolled-back registration
 * gives its number back.
 */
@ApplicationScoped
public class Tickets {

    @PersistenceContext(unitName = "reception")
    EntityManager em;

    public Ticket next() {
        LocalDate today = today();
        Number last = (Number) em.createNativeQuery("insert into ticket_counter (day, last_number) values (?1, 1)"
                        + " on conflict (day) do update set last_number = ticket_counter.last_number + 1"
                        + " returning last_number")
                .setParameter(1, today)
                .getSingleResult();
        return Ticket.of(today, last.intValue());
    }

    /** Centers' days begin at midnight where they are, not where the server is. */
    public LocalDate today() {
        return CenterTime.today();
    }
}
