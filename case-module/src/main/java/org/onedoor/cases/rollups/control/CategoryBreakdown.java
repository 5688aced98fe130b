package org.onedoor.cases.rollups.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onedoor.cases.rollups.entity.Area;
import org.onedoor.cases.rollups.entity.CategoryTable;
import org.onedoor.cases.rollups.entity.Counter;
import org.onedoor.cases.rollups.entity.Dimension;
import org.onedoor.cases.rollups.entity.Figures;
import org.onedoor.cases.rollups.entity.Period;
import org.onedoor.cases.rollups.entity.Row;
import org.onedoor.cases.rollups.entity.SmallCounts;
import org.onedoor.cases.rollups.entity.SmallCounts.Split;
import org.onedoor.cases.rollups.entity.SmallCounts.Withheld;
import org.onedoor.platform.tenancy.control.CenterTree;
import org.onedoor.platform.tenancy.entity.TenantLevel;

/**
 * The category table of a dashboard under the small-count rule: decides from the read model alone
 * (never from who asks), so every caller, instance and export sees the same table.
 */
@ApplicationScoped
@Transactional
public class CategoryBreakdown {

    private static final String OPEN = "{" + String.join(",", openCategories()) + "}";

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    CenterTree tree;

    /** The table of {@code area} in {@code period}, given its category cut; {@code current}: this month. */
    public CategoryTable table(Area area, Period period, YearMonth current, Map<String, Figures> cut) {
        if (area.isSmall()) {
            return CategoryTable.withheld(Withheld.SMALL_AREA);
        }
        List<YearMonth> months = period.wholeMonths();
        if (months.isEmpty() || !period.endedBefore(current)) {
            return CategoryTable.withheld(Withheld.NOT_WHOLE_MONTHS_OVER);
        }
        Map<String, List<String>> children = largeSubtree(area.code());
        Map<YearMonth, Map<String, Split>> splits = splits(children.keySet(), period);
        for (YearMonth month : months) {
            if (!SmallCounts.publishable(area.code(), children, splits.getOrDefault(month, Map.of()))) {
                return CategoryTable.withheld(Withheld.SMALL_COUNTS);
            }
        }
        List<Row> rows = new ArrayList<>();
        Figures sensitive = Figures.zero();
        for (Map.Entry<String, Figures> line : cut.entrySet()) {
            Figures shown = line.getValue().only(SmallCounts.CATEGORY_COUNTERS);
            if (!SmallCounts.isOpen(line.getKey())) {
                sensitive = sensitive.plus(shown);
            } else if (!shown.isZero()) {
                rows.add(Row.of(line.getKey(), line.getKey(), shown));
            }
        }
        rows.add(Row.of(SmallCounts.SENSITIVE, SmallCounts.SENSITIVE, sensitive));
        return CategoryTable.shown(rows);
    }

    /** The area and its large (district and above) descendants, each with its large children. */
    private Map<String, List<String>> largeSubtree(String code) {
        List<Object[]> found =
                tree.subtree(code, List.of(TenantLevel.PROVINCE, TenantLevel.CITY, TenantLevel.DISTRICT)).stream()
                        .map(node -> new Object[] {node.code(), node.parentCode()})
                        .toList();
        Map<String, List<String>> children = new HashMap<>();
        for (Object[] row : found) {
            children.computeIfAbsent((String) row[0], key -> new ArrayList<>());
        }
        for (Object[] row : found) {
            if (!row[0].equals(code) && children.containsKey((String) row[1])) {
                children.get((String) row[1]).add((String) row[0]);
            }
        }
        return children;
    }

    /** Each area's sensitive and open counts per month of the period. */
    private Map<YearMonth, Map<String, Split>> splits(Set<String> areas, Period period) {
        List<Object[]> found =
                Rollups.rowsOf(em.createNativeQuery("select r.area_code, cast(date_trunc('month', r.day) as date),"
                                + " r.member = any (cast(?4 as varchar[])), sum(r.received), sum(r.resolved),"
                                + " sum(r.not_resolved) from platform.rollup_count r"
                                + " where r.area_code = any (cast(?1 as varchar[])) and r.dimension = '"
                                + Dimension.CATEGORY + "'"
                                + " and r.day between ?2 and ?3 group by 1, 2, 3")
                        .setParameter(1, "{" + String.join(",", areas) + "}")
                        .setParameter(2, Date.valueOf(period.from()))
                        .setParameter(3, Date.valueOf(period.to()))
                        .setParameter(4, OPEN)
                        .getResultList());
        Map<YearMonth, Map<String, Split>> splits = new HashMap<>();
        for (Object[] row : found) {
            YearMonth month = YearMonth.from(((Date) row[1]).toLocalDate());
            Figures counts = Figures.zero()
                    .plus(Counter.RECEIVED, ((Number) row[3]).longValue())
                    .plus(Counter.RESOLVED, ((Number) row[4]).longValue())
                    .plus(Counter.NOT_RESOLVED, ((Number) row[5]).longValue());
            boolean open = (Boolean) row[2];
            splits.computeIfAbsent(month, key -> new HashMap<>())
                    .merge(
                            (String) row[0],
                            open ? new Split(Figures.zero(), counts) : new Split(counts, Figures.zero()),
                            (a, b) -> new Split(
                                    a.sensitive().plus(b.sensitive()), a.open().plus(b.open())));
        }
        return splits;
    }

    private static List<String> openCategories() {
        return SmallCounts.openCategories().stream().sorted().toList();
    }
}
