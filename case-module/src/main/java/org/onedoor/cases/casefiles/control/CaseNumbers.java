package org.onedoor.cases.casefiles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Year;
import org.onedoor.platform.time.entity.CenterTime;

/** The next case number of the center bound to the transaction: 2026-0001, 2026-0002 … per year. */
@ApplicationScoped
public class CaseNumbers {

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    public String next() {
        int year = Year.now(CenterTime.zone()).getValue();
        Number last = (Number) em.createNativeQuery("insert into case_number_counter (year, last_number) values (?1, 1)"
                        + " on conflict (year) do update set last_number = case_number_counter.last_number + 1"
                        + " returning last_number")
                .setParameter(1, year)
                .getSingleResult();
        return "%d-%04d".formatted(year, last.intValue());
    }
}
