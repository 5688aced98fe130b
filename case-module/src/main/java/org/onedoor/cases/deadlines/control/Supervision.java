package org.onedoor.cases.deadlines.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.tenancy.control.CenterTree;

/**
 * The supervision list (督办, issue #15.5): the open cases the deadline pass marked overdue, in a
 * center and — for its leaders, the level above — in the centers directly below it; longest overdue
 * first. Read across the centers' schemas at once; no personal data, only what the case is and
 * where it stands.
 */
@ApplicationScoped
public class Supervision {

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    CenterTree tree;

    public record OverdueCase(
            String center,
            String centerName,
            UUID caseId,
            String number,
            String category,
            String grade,
            String state,
            String room,
            String assignee,
            String assigneeName,
            OffsetDateTime dueAt,
            int extensions) {}

    /** The overdue cases of {@code code}, and of the centers directly below it when {@code below}. */
    public Page<OverdueCase> of(String code, boolean below, PageRequest page) {
        Map<String, CenterTree.Node> centers = tree.subtree(code).stream()
                .filter(node -> node.code().equals(code) || below && code.equals(node.parentCode()))
                .collect(Collectors.toMap(CenterTree.Node::code, node -> node));
        List<String> parts = new ArrayList<>();
        for (CenterTree.Node node : centers.values()) {
            String schema = "\"" + node.center().schemaName().replace("\"", "\"\"") + "\".";
            if (provisioned(node.center().schemaName())) {
                parts.add("select '" + node.code() + "' as center, id, number, category_name, grade, state,"
                        + " room_name, assignee, assignee_name, due_at, extensions from " + schema + "case_file"
                        + " where clock_mark = 'OVERDUE' and state in ('DISPATCHED', 'ACCEPTED')");
            }
        }
        if (parts.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        String union = String.join(" union all ", parts);
        long total = ((Number) em.createNativeQuery("select count(*) from (" + union + ") o")
                        .getSingleResult())
                .longValue();
        List<?> rows = em.createNativeQuery(
                        "select * from (" + union + ") o order by due_at, center, id offset ?1 limit ?2")
                .setParameter(1, page.offset())
                .setParameter(2, page.size())
                .getResultList();
        List<OverdueCase> items = rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new OverdueCase(
                        (String) row[0],
                        centers.get((String) row[0]).center().name(),
                        (UUID) row[1],
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        (String) row[5],
                        (String) row[6],
                        (String) row[7],
                        (String) row[8],
                        time(row[9]),
                        ((Number) row[10]).intValue()))
                .toList();
        return Page.of(items, page, total);
    }

    /** Whether the center's case schema exists and has clocks (a center still being provisioned has not). */
    private boolean provisioned(String schema) {
        return !em.createNativeQuery("select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                        + " where n.nspname = ?1 and c.relname = 'notification' and c.relkind = 'r'")
                .setParameter(1, schema)
                .getResultList()
                .isEmpty();
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at;
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
