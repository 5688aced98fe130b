package org.onedoor.cases.deadlines.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onedoor.cases.casefiles.entity.CaseAction;
import org.onedoor.cases.casefiles.entity.CaseChanged;
import org.onedoor.cases.casefiles.entity.CaseEvent;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.deadlines.entity.NotificationKind;
import org.onedoor.cases.deadlines.entity.NotificationsWritten;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.NotFoundException;

/**
 * A person's notifications in the center bound to the transaction: those to them, to a role they
 * hold here, or to a room they mediate in; newest first, read or not for them.
 */
@ApplicationScoped
public class Notifications {

    private static final String ADDRESSED = " (n.recipient = ?1 or n.recipient_role = any (cast(?2 as varchar[]))"
            + " or n.recipient_room = any (cast(?3 as uuid[])))";

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    Event<NotificationsWritten> written;

    /** Who reads: the username, the roles held in the center, the rooms mediated in. */
    public record Reader(String username, Set<String> roles, Collection<UUID> rooms) {}

    public record Notification(
            UUID id,
            UUID caseId,
            String caseNumber,
            NotificationKind kind,
            String detail,
            OffsetDateTime at,
            OffsetDateTime readAt) {}

    /**
     * Tells the person a case was assigned to, unless they took it themselves; in the assigning
     * transaction, so a refused assignment tells nobody.
     */
    void assigned(@Observes CaseChanged changed) {
        CaseFile caseFile = changed.caseFile();
        changed.first(CaseAction.ASSIGNED)
                .filter(event -> caseFile.assignee().isPresent())
                .filter(event -> !event.actor().equals(caseFile.assignee().get().username()))
                .ifPresent(event -> notify(caseFile, event));
    }

    private void notify(CaseFile caseFile, CaseEvent event) {
        // the case may have been opened in this transaction: its row must exist for the reference
        em.flush();
        em.createNativeQuery("insert into notification (id, case_id, case_number, kind,"
                        + " detail, at, recipient) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, caseFile.id())
                .setParameter(3, caseFile.number())
                .setParameter(4, NotificationKind.ASSIGNED.name())
                .setParameter(5, event.actedBy().shownName())
                .setParameter(6, event.at())
                .setParameter(7, caseFile.assignee().get().username())
                .executeUpdate();
        written.fire(new NotificationsWritten(
                event.centerCode(), caseFile.assignee().get().username()));
    }

    public Page<Notification> of(Reader reader, boolean unreadOnly, PageRequest page) {
        String where = " from notification n left join notification_read r on r.notification_id = n.id"
                + " and r.username = ?1 where" + ADDRESSED + (unreadOnly ? " and r.read_at is null" : "");
        List<?> rows = bind(
                        em.createNativeQuery("select n.id, n.case_id, n.case_number, n.kind, n.detail, n.at,"
                                + " r.read_at" + where + " order by n.at desc, n.id offset ?4 limit ?5"),
                        reader)
                .setParameter(4, page.offset())
                .setParameter(5, page.size())
                .getResultList();
        long total = ((Number) bind(em.createNativeQuery("select count(*)" + where), reader)
                        .getSingleResult())
                .longValue();
        List<Notification> items = rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Notification(
                        (UUID) row[0],
                        (UUID) row[1],
                        (String) row[2],
                        NotificationKind.valueOf((String) row[3]),
                        (String) row[4],
                        time(row[5]),
                        row[6] == null ? null : time(row[6])))
                .toList();
        return Page.of(items, page, total);
    }

    public long unread(Reader reader) {
        return ((Number) bind(
                                em.createNativeQuery("select count(*) from notification n where" + ADDRESSED
                                        + " and not exists (select 1 from notification_read r"
                                        + " where r.notification_id = n.id and r.username = ?1)"),
                                reader)
                        .getSingleResult())
                .longValue();
    }

    /** Marks notification {@code id} read for the reader; one not addressed to them is not found. */
    public void read(Reader reader, UUID id) {
        int addressed = bind(
                        em.createNativeQuery("insert into notification_read (notification_id, username, read_at)"
                                + " select n.id, ?1, now() from notification n where n.id = ?4 and" + ADDRESSED
                                + " on conflict do nothing"),
                        reader)
                .setParameter(4, id)
                .executeUpdate();
        if (addressed == 0 && !isRead(reader, id)) {
            throw new NotFoundException("notification.not-found");
        }
    }

    private boolean isRead(Reader reader, UUID id) {
        return !em.createNativeQuery("select 1 from notification_read where notification_id = ?1 and username = ?2")
                .setParameter(1, id)
                .setParameter(2, reader.username())
                .getResultList()
                .isEmpty();
    }

    private static Query bind(Query query, Reader reader) {
        return query.setParameter(1, reader.username())
                .setParameter(2, "{" + String.join(",", reader.roles()) + "}")
                .setParameter(
                        3,
                        "{"
                                + String.join(
                                        ",",
                                        reader.rooms().stream()
                                                .map(UUID::toString)
                                                .toList()) + "}");
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at;
        }
        if (value instanceof Timestamp at) {
            return at.toInstant().atOffset(ZoneOffset.UTC);
        }
        return ((Instant) value).atOffset(ZoneOffset.UTC);
    }
}
