package org.onedoor.cases.rollups.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onedoor.cases.casefiles.entity.CaseChanged;
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
    private static final int ROWS_PER_STATEMENT = 10_000;

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    CenterPaths paths;

    /** Counts what a case change added to the timeline, in the changing transaction. */
    void count(@Observes CaseChanged changed) {
        Tally tally = new Tally();
        changed.happened().stream()
                .map(event -> CountedEvent.of(changed.caseFile(), event))
                .forEach(event -> tally.count(event, paths.pathOf(event.center())));
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
    }

    /**
     * One upsert of {@code rows}, each column passed as one array parameter and unnested in order:
     * 18 parameters whatever the number of rows (EclipseLink binds a native query's parameters in
     * time growing with the square of their number, which a recount of thousands of rows felt).
     */
    private void addRows(List<Map.Entry<Cell, Figures>> rows) {
        StringBuilder sql = new StringBuilder("insert into platform.rollup_count (area_code, dimension, day, member, ")
                .append(COLUMNS)
                .append(") select * from unnest(cast(?1 as varchar[]), cast(?2 as varchar[]), cast(?3 as date[]),"
                        + " cast(?4 as varchar[])");
        Counter[] counters = Counter.values();
        for (int c = 0; c < counters.length; c++) {
            sql.append(", cast(?").append(c + 5).append(" as integer[])");
        }
        sql.append(") on conflict (area_code, dimension, day, member) do update set ")
                .append(ADD_UP);
        Query insert = em.createNativeQuery(sql.toString())
                .setParameter(1, arrayOf(rows, entry -> entry.getKey().area()))
                .setParameter(
                        2, arrayOf(rows, entry -> entry.getKey().dimension().name()))
                .setParameter(3, arrayOf(rows, entry -> entry.getKey().day().toString()))
                .setParameter(4, arrayOf(rows, entry -> entry.getKey().member()));
        for (int c = 0; c < counters.length; c++) {
            Counter counter = counters[c];
            insert.setParameter(
                    c + 5, arrayOf(rows, entry -> Long.toString(entry.getValue().get(counter))));
        }
        insert.executeUpdate();
    }

    /** A PostgreSQL array literal of one column, every element quoted ({@code ""} for the empty member). */
    private static String arrayOf(
            List<Map.Entry<Cell, Figures>> rows, Function<Map.Entry<Cell, Figures>, String> column) {
        StringBuilder array = new StringBuilder(rows.size() * 12).append('{');
        for (int i = 0; i < rows.size(); i++) {
            String value = column.apply(rows.get(i));
            array.append(i == 0 ? "\"" : ",\"")
                    .append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return array.append('}').toString();
    }
}
