package org.onedoor.reception.matters.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.onedoor.platform.problems.entity.UnavailableException;
import org.onedoor.reception.matters.entity.Matter;
import org.onedoor.reception.matters.entity.Party;

/**
 * Other matters of the same resident in this center that are still open — a warning at the desk
 * (the same dispute should not get two case files). The same resident means the same identity number,
 * or, without one, the same name and phone. A dispatched matter is open until its case is closed,
 * which the case module knows: {@link #candidates} reads ours in the desk's transaction, {@link
 * #stillOpen} asks the case module after it.
 */
@ApplicationScoped
public class OpenMatters {

    private static final int LIMIT = 5;

    @PersistenceContext(unitName = "reception")
    EntityManager em;

    @Inject
    CaseFiles caseFiles;

    /** The resident's other matters here, open or not (at most a few). */
    public List<Matter> candidates(Matter matter) {
        Set<Matter> candidates = new LinkedHashSet<>();
        for (Party party : matter.parties()) {
            if (party.idNumber() != null) {
                candidates.addAll(em.createQuery(
                                "select distinct p.matter from Party p where p.idNumber = :id and p.matter.id <> :matter",
                                Matter.class)
                        .setParameter("id", party.idNumber())
                        .setParameter("matter", matter.id())
                        .setMaxResults(LIMIT)
                        .getResultList());
            } else if (party.phone() != null) {
                candidates.addAll(em.createQuery(
                                "select distinct p.matter from Party p where p.name = :name and p.phone = :phone"
                                        + " and p.matter.id <> :matter",
                                Matter.class)
                        .setParameter("name", party.name())
                        .setParameter("phone", party.phone())
                        .setParameter("matter", matter.id())
                        .setMaxResults(LIMIT)
                        .getResultList());
            }
        }
        return List.copyOf(candidates);
    }

    /** Those of {@code candidates} still open: not yet dispatched, or their case not closed. */
    public List<Matter> stillOpen(String center, List<Matter> candidates, String actor) {
        return candidates.stream()
                .filter(candidate -> isOpen(center, candidate, actor))
                .limit(LIMIT)
                .toList();
    }

    private boolean isOpen(String center, Matter matter, String actor) {
        if (!matter.isDispatched()) {
            return true;
        }
        try {
            return caseFiles
                    .state(center, matter.caseId(), actor)
                    .map(state -> !"CLOSED".equals(state))
                    .orElse(true);
        } catch (UnavailableException e) {
            // better a warning too many than a duplicate case file
            return true;
        }
    }
}
