package org.onedoor.cases.deadlines.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import org.onedoor.cases.casefiles.entity.CaseChanged;
import org.onedoor.cases.casefiles.entity.CaseClock;
import org.onedoor.cases.casefiles.entity.CaseEvent;

/**
 * Keeps each center's next clock instant ({@code platform.center_next_clock}) no later than its
 * running clocks' earliest: every change of a case with a running clock lowers it to the case's
 * yellow instant, in the changing transaction, in every center the change happened in (an escalation
 * starts the clock again at the parent). The deadline pass sets it exactly after each visit.
 */
@ApplicationScoped
public class NextClocks {

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    void lower(@Observes CaseChanged changed) {
        CaseClock clock = changed.caseFile().clock();
        if (!clock.isRunning() || clock.warnAt() == null) {
            return;
        }
        changed.happened().stream()
                .map(CaseEvent::centerCode)
                .distinct()
                .forEach(center -> em.createNativeQuery(
                                "insert into platform.center_next_clock (center_code, next_at, version) values (?1, ?2, 1)"
                                        + " on conflict (center_code) do update set version = center_next_clock.version + 1,"
                                        + " next_at = least(center_next_clock.next_at, excluded.next_at)")
                        .setParameter(1, center)
                        .setParameter(2, clock.warnAt().withOffsetSameInstant(ZoneOffset.UTC))
                        .executeUpdate());
    }
}
