package org.onedoor.cases.casefiles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.onedoor.cases.casefiles.entity.CaseChanged;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.CaseState;
import org.onedoor.platform.matters.entity.PartyRole;
import org.onedoor.platform.problems.entity.NotFoundException;

/** The case files of the center bound to the transaction. */
@ApplicationScoped
public class CaseFiles {

    private static final int LIST_LIMIT = 200;

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    CaseNumbers numbers;

    @Inject
    Event<CaseChanged> changed;

    public record NewParty(PartyRole role, String name, String idNumber, String phone, String address) {}

    /** The answer to a dispatch: the case, and whether this call opened it. */
    public record Opened(CaseFile caseFile, boolean created) {}

    /**
     * Opens the case file of a dispatched matter — once: the matter's id is locked for the
     * transaction, so a repeated or concurrent dispatch finds the case the first one opened.
     */
    public Opened open(String center, CaseFile.Dispatch dispatch, List<NewParty> parties, String actor) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "dispatch:" + dispatch.matterId())
                .getSingleResult();
        Optional<CaseFile> existing = byMatter(dispatch.matterId());
        if (existing.isPresent()) {
            return new Opened(existing.get(), false);
        }
        CaseFile caseFile = CaseFile.open(center, numbers.next(), dispatch, actor);
        parties.forEach(party ->
                caseFile.addParty(party.role(), party.name(), party.idNumber(), party.phone(), party.address()));
        em.persist(caseFile);
        changed.fire(CaseChanged.since(caseFile, 0));
        return new Opened(caseFile, true);
    }

    /** Changes case {@code id}; what the change adds to the timeline is announced in the same transaction. */
    public CaseFile change(UUID id, Consumer<CaseFile> change) {
        CaseFile caseFile = get(id);
        int known = caseFile.timeline().size();
        change.accept(caseFile);
        changed.fire(CaseChanged.since(caseFile, known));
        return caseFile;
    }

    public Optional<CaseFile> find(UUID id) {
        return Optional.ofNullable(em.find(CaseFile.class, id));
    }

    public CaseFile get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("case.not-found", id));
    }

    /** The center's cases, newest first, optionally of one room and/or in one state. */
    public List<CaseFile> list(UUID room, CaseState state) {
        // conditions only for given filters: PostgreSQL cannot type a null "? is null" parameter
        String where = (room == null ? "" : " and c.roomId = :room") + (state == null ? "" : " and c.state = :state");
        var query = em.createQuery(
                "select c from CaseFile c where 1 = 1" + where + " order by c.openedAt desc", CaseFile.class);
        if (room != null) {
            query.setParameter("room", room);
        }
        if (state != null) {
            query.setParameter("state", state);
        }
        return query.setMaxResults(LIST_LIMIT).getResultList();
    }

    private Optional<CaseFile> byMatter(UUID matterId) {
        return em.createQuery("select c from CaseFile c where c.matterId = :matter", CaseFile.class)
                .setParameter("matter", matterId)
                .getResultStream()
                .findFirst();
    }
}
