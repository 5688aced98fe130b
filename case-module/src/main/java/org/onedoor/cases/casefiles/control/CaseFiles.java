package org.onedoor.cases.casefiles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.onedoor.cases.casefiles.entity.CaseChanged;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.CaseFilter;
import org.onedoor.platform.matters.entity.PartyRole;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.security.entity.Actor;
import org.onedoor.platform.time.entity.CenterTime;

/** The case files of the center bound to the transaction. */
@ApplicationScoped
public class CaseFiles {

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    CaseNumbers numbers;

    @Inject
    Event<CaseChanged> changed;

    @Inject
    CaseTimeLimits timeLimits;

    public record NewParty(PartyRole role, String name, String idNumber, String phone, String address) {}

    /** The answer to a dispatch: the case, and whether this call opened it. */
    public record Opened(CaseFile caseFile, boolean created) {}

    /**
     * Opens the case file of a dispatched matter — once: the matter's id is locked for the
     * transaction, so a repeated or concurrent dispatch finds the case the first one opened.
     */
    public Opened open(String center, CaseFile.Dispatch dispatch, List<NewParty> parties, Actor actor) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "dispatch:" + dispatch.matterId())
                .getSingleResult();
        Optional<CaseFile> existing = byMatter(dispatch.matterId());
        if (existing.isPresent()) {
            return new Opened(existing.get(), false);
        }
        CaseFile caseFile = CaseFile.open(center, numbers.next(), dispatch, actor);
        timeLimits.start(center, caseFile, actor.username());
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

    /** The center's cases that {@code filter} matches, newest first, one page of them with their total. */
    public Page<CaseFile> list(CaseFilter filter, PageRequest page) {
        // conditions only for given filters: PostgreSQL cannot type a null "? is null" parameter
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.state() != null) {
            where.append(" and c.state = :state");
            parameters.put("state", filter.state());
        }
        if (!filter.rooms().isEmpty()) {
            where.append(" and c.roomId in :rooms");
            parameters.put("rooms", filter.rooms());
        }
        if (filter.from() != null) {
            where.append(" and c.openedAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(CenterTime.zone()).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.append(" and c.openedAt < :to");
            parameters.put(
                    "to",
                    filter.to().plusDays(1).atStartOfDay(CenterTime.zone()).toOffsetDateTime());
        }
        if (filter.text() != null) {
            where.append(" and (lower(c.ticket) like :text or lower(c.number) like :text)");
            parameters.put("text", "%" + likeEscaped(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.assignee() != null) {
            where.append(" and c.assignee = :assignee");
            parameters.put("assignee", filter.assignee());
        }
        if (filter.mark() != null) {
            where.append(" and c.clock.mark = :mark");
            parameters.put("mark", filter.mark());
        }
        // nearest deadline first; cases without one after all others, newest first
        String order = filter.byDeadline()
                ? " order by c.clock.dueAt asc nulls last, c.openedAt desc, c.id"
                : " order by c.openedAt desc, c.id";
        TypedQuery<CaseFile> rows = em.createQuery("select c from CaseFile c" + where + order, CaseFile.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from CaseFile c" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<CaseFile> found =
                rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(found, page, count.getSingleResult());
    }

    /** {@code text} as a LIKE pattern's literal part (JPQL's default escape is the backslash). */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Optional<CaseFile> byMatter(UUID matterId) {
        return em.createQuery("select c from CaseFile c where c.matterId = :matter", CaseFile.class)
                .setParameter("matter", matterId)
                .getResultStream()
                .findFirst();
    }
}
