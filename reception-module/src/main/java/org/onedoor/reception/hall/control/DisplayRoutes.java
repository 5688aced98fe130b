package org.onedoor.reception.hall.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Which center a display token opens: {@code platform.display_route}, by the token's hash (ADR 0024).
 * A display has no login and so no center; this one indexed read finds it without asking every
 * center's schema. Written beside the center's own {@code display_link}, in the same transaction.
 */
@ApplicationScoped
public class DisplayRoutes {

    @PersistenceContext(unitName = "reception")
    EntityManager em;

    void add(String tokenHash, String center) {
        em.createNativeQuery("insert into platform.display_route (token_hash, center_code) values (?1, ?2)")
                .setParameter(1, tokenHash)
                .setParameter(2, center)
                .executeUpdate();
    }

    void remove(String tokenHash) {
        em.createNativeQuery("delete from platform.display_route where token_hash = ?1")
                .setParameter(1, tokenHash)
                .executeUpdate();
    }

    Optional<String> centerOf(String tokenHash) {
        List<?> found = em.createNativeQuery("select center_code from platform.display_route where token_hash = ?1")
                .setParameter(1, tokenHash)
                .getResultList();
        return found.stream().findFirst().map(code -> code.toString().strip());
    }
}
