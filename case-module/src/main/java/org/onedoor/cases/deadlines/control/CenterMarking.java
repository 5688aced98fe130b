package org.onedoor.cases.deadlines.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.onedoor.cases.deadlines.entity.NotificationsWritten;
import org.onedoor.cases.deadlines.entity.PassScope;
import org.onedoor.platform.security.entity.Roles;

/**
 * Marks one center's running clocks as at an instant, in one statement and one transaction of its
 * own: cases whose yellow instant passed turn DUE_SOON, cases whose deadline passed turn OVERDUE;
 * each marked case gets its timeline entry and its reminders (to whoever works on it — the assignee,
 * else the room's mediators — and, when overdue, to the center's leaders). The update only takes
 * rows still in their old mark, under the row lock: two passes at once mark and remind exactly once.
 * The same statement rewrites the center's backlog snapshot (open and open-overdue cases) for the
 * statistics and sets the center's next clock instant ({@link NextClocks}), so the minute's pass
 * visits it again only when something is due.
 */
@ApplicationScoped
public class CenterMarking {

    /** Who the timeline names for what the pass does. */
    static final String ACTOR = "onedoor";

    private static final String OPEN = "('DISPATCHED', 'ACCEPTED')";

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    Event<NotificationsWritten> written;

    /** The counts of cases marked yellow and red, and of notifications written. */
    public record Marked(long dueSoon, long overdue, long notifications) {}

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Marked mark(String center, String schema, Instant at) {
        String s = "\"" + schema.replace("\"", "\"\"") + "\".";
        String sql = "with marked as ("
                + " update " + s + "case_file c set clock_mark = m.next, version = c.version + 1"
                + " from (select id, case when due_at <= ?1 then 'OVERDUE' else 'DUE_SOON' end as next"
                + "   from " + s + "case_file"
                + "   where clock_mark in ('ON_TIME', 'DUE_SOON') and suspended_at is null and state in " + OPEN
                + "   and (warn_at <= ?1 and clock_mark = 'ON_TIME' or due_at <= ?1)) m"
                + " where c.id = m.id and c.clock_mark in ('ON_TIME', 'DUE_SOON') and c.suspended_at is null"
                + " and c.state in " + OPEN
                + " and (c.warn_at <= ?1 and c.clock_mark = 'ON_TIME' or c.due_at <= ?1)"
                + " returning c.id, c.number, c.room_id, c.assignee, c.grade, c.due_at, m.next as kind),"
                + " entries as (insert into " + s
                + "case_event (id, case_id, at, actor, center_code, action, detail, grade)"
                + " select gen_random_uuid(), id, ?1, '" + ACTOR + "', ?2, kind,"
                + " to_char(due_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), grade from marked returning 1),"
                + " worker as (insert into " + s
                + "notification (id, case_id, case_number, kind, detail, at, recipient,"
                + " recipient_room) select gen_random_uuid(), id, number, kind,"
                + " to_char(due_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), ?1, assignee,"
                + " case when assignee is null then room_id end from marked"
                + " where assignee is not null or room_id is not null returning 1),"
                + " leaders as (insert into " + s + "notification (id, case_id, case_number, kind, detail, at,"
                + " recipient_role) select gen_random_uuid(), id, number, kind,"
                + " to_char(due_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), ?1, '" + Roles.LEADER
                + "' from marked where kind = 'OVERDUE' returning 1),"
                // the snapshot sees the rows before this update: marked cases were not yet OVERDUE
                + " backlog as (insert into platform.center_backlog (center_code, open_cases, overdue_open,"
                + " counted_at) select ?2, count(*), count(*) filter (where clock_mark = 'OVERDUE')"
                + " + (select count(*) from marked where kind = 'OVERDUE'), ?1 from " + s + "case_file"
                + " where state in " + OPEN + " on conflict (center_code) do update set"
                + " open_cases = excluded.open_cases, overdue_open = excluded.overdue_open,"
                + " counted_at = excluded.counted_at returning 1),"
                // the earliest instant left, unless a case changed meanwhile (its lower value stands)
                + " next_clock as (insert into platform.center_next_clock (center_code, next_at, version)"
                + " select ?2, min(case when m.kind = 'OVERDUE' then null when m.kind = 'DUE_SOON' then c.due_at"
                + " when c.clock_mark = 'ON_TIME' then c.warn_at else c.due_at end), 0 from " + s + "case_file c"
                + " left join marked m on m.id = c.id where c.clock_mark in ('ON_TIME', 'DUE_SOON')"
                + " and c.suspended_at is null and c.state in " + OPEN
                + " on conflict (center_code) do update set next_at = excluded.next_at"
                + " where center_next_clock.version = (select coalesce(max(n.version), -1)"
                + " from platform.center_next_clock n where n.center_code = ?2) returning 1)"
                + " select (select count(*) from marked where kind = 'DUE_SOON'),"
                + " (select count(*) from marked where kind = 'OVERDUE'),"
                + " (select count(*) from worker) + (select count(*) from leaders),"
                + " (select count(*) from entries), (select count(*) from backlog),"
                + " (select count(*) from next_clock)";
        Object[] counts = (Object[]) em.createNativeQuery(sql)
                .setParameter(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter(2, center)
                .getSingleResult();
        Marked marked = new Marked(number(counts[0]), number(counts[1]), number(counts[2]));
        if (marked.notifications() > 0) {
            // heard live once this transaction commits
            written.fire(new NotificationsWritten(center, null));
        }
        return marked;
    }

    /**
     * Code and schema of the open centers whose case schema has clocks: all of them, or those whose
     * next clock instant is not after {@code at}. In a transaction of its own: the scheduled pass runs
     * on a managed thread with none.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Object[]> centersToVisit(PassScope scope, Instant at) {
        String due = scope == PassScope.DUE
                ? " join platform.center_next_clock d on d.center_code = t.code and d.next_at <= ?1"
                : "";
        Query query = em.createNativeQuery("select t.code, t.schema_name from platform.tenant t" + due
                + " join pg_namespace n on n.nspname = t.schema_name"
                + " join pg_class c on c.relnamespace = n.oid and c.relname = 'notification' and c.relkind = 'r'"
                + " where t.status = 'ACTIVE' order by t.code");
        if (scope == PassScope.DUE) {
            query.setParameter(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        }
        return query.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
