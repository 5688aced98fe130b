package org.onedoor.cases.rollups.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.rollups.entity.Cell;
import org.onedoor.cases.rollups.entity.CountedEvent;
import org.onedoor.cases.rollups.entity.Counter;
import org.onedoor.cases.rollups.entity.Figures;
import org.onedoor.cases.rollups.entity.Tally;

/**
 * Keeps the read model (platform.rollup_count) in step with the case files: the counters of a case
 * change are added in the same transaction as the change, so they commit or roll back with it —
 * nothing is lost and nothing counted twice (ADR 0011). One statement per transaction, its rows in
 * key order, so concurrent changes lock shared rows (an area's totals of the day) in one order.
 */
@ApplicationScoped
public class RollupProjection {

    private static final String COLUMNS =
            Arrays.stream(Counter.values()).map(Counter::column).collect(Collectors.joining(", "));
    private static final String ADD_UP = Arrays.stream(Counter.values())
            .map(counter ->
                    counter.column() + " = rollup_count." + counter.column() + " + excluded." + counter.column())
            .collect(Collectors.joining(", "));

    /** A change of one case writes some 25 rows; a recount writes many more, in statements of this size. */
    private static final int ROWS_PER_STATEMENT = 1_000;

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    CenterPaths paths;

    /** Counts the entries {@code caseFile}'s timeline got after its first {@code known} ones. */
    public void countSince(CaseFile caseFile, int known, CountedEvent... more) {
        Tally tally = new Tally();
        caseFile.timeline().stream()
                .skip(known)
                .map(event -> CountedEvent.of(caseFile, event))
                .forEach(event -> tally.count(event, paths.pathOf(event.center())));
        for (CountedEvent event : more) {
            tally.count(event, paths.pathOf(event.center()));
        }
        add(tally);
    }

    /** Adds {@code tally}'s counts to the read model, in the current transaction. */
    public void add(Tally tally) {
        if (tally.isEmpty()) {
            return;
        }
        List<Map.Entry<Cell, Figures>> rows = List.copyOf(tally.cells().entrySet());
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            addRows(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
        }
        tally.categoryNames()
                .forEach((code, name) -> em.createNativeQuery(
                                "insert into platform.rollup_category (code, name) values (?1, ?2) on conflict (code) do nothing")
                        .setParameter(1, code)
                        .setParameter(2, name)
                        .executeUpdate());
    }

    private void addRows(List<Map.Entry<Cell, Figures>> rows) {
        int width = 4 + Counter.values().length;
        StringBuilder sql = new StringBuilder(
                "insert into platform.rollup_count (area_code, dimension, day, member, " + COLUMNS + ") values ");
        int parameter = 1;
        for (int row = 0; row < rows.size(); row++) {
            sql.append(row == 0 ? "(" : ", (");
            for (int column = 0; column < width; column++) {
                sql.append(column == 0 ? "" : ", ").append('?').append(parameter++);
            }
            sql.append(')');
        }
        sql.append(" on conflict (area_code, dimension, day, member) do update set ")
                .append(ADD_UP);
        Query insert = em.createNativeQuery(sql.toString());
        parameter = 1;
        for (Map.Entry<Cell, Figures> entry : rows) {
            Cell cell = entry.getKey();
            insert.setParameter(parameter++, cell.area());
            insert.setParameter(parameter++, cell.dimension().name());
            insert.setParameter(parameter++, Date.valueOf(cell.day()));
            insert.setParameter(parameter++, cell.member());
            for (Counter counter : Counter.values()) {
                insert.setParameter(parameter++, (int) entry.getValue().get(counter));
            }
        }
        insert.executeUpdate();
    }
}
