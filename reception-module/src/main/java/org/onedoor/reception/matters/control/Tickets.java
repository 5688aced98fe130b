package org.onedoor.reception.matters.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    /** Centers' days begin at midnight where they are, not where the server is. */
    @Inject
    @ConfigProperty(name = "onedoor.time-zone", defaultValue = "Asia/Shanghai")
    String timeZone;

    public Ticket next() {
        LocalDate today = today();
        Number last = (Number) em.createNativeQuery("insert into ticket_counter (day, last_number) values (?1, 1)"
                        + " on conflict (day) do update set last_number = ticket_counter.last_number + 1"
                        + " returning last_number")
                .setParameter(1, today)
                .getSingleResult();
        return Ticket.of(today, last.intValue());
    }

    public LocalDate today() {
        return LocalDate.now(ZoneId.of(timeZone));
    }
}
