package org.onedoor.cases.rollups.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.onedoor.cases.rollups.entity.Area;
import org.onedoor.cases.rollups.entity.Backlog;
import org.onedoor.cases.rollups.entity.Counter;
import org.onedoor.cases.rollups.entity.Dashboard;
import org.onedoor.cases.rollups.entity.Dimension;
import org.onedoor.cases.rollups.entity.Figures;
import org.onedoor.cases.rollups.entity.Period;
import org.onedoor.cases.rollups.entity.PeriodQuery;
import org.onedoor.cases.rollups.entity.Row;
import org.onedoor.cases.rollups.entity.TrendPoint;
import org.onedoor.platform.matters.entity.Channel;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.tenancy.entity.TenantLevel;
import org.onedoor.platform.time.entity.CenterTime;

/**
 * Reads the statistics of an area from the read model: a handful of indexed range queries over
 * platform.rollup_count, whatever the size of the area (ADR 0011).
 */
@ApplicationScoped
@Transactional
public class Rollups {

    /** {@code sum(received), sum(accepted), …} in {@link Counter} order. */
    static final String SUMS = Arrays.stream(Counter.values())
            .map(counter -> "coalesce(sum(r." + counter.column() + "), 0)")
            .collect(Collectors.joining(", "));

    @PersistenceContext(unitName = "cases")
    EntityManager em;

    @Inject
    RollupAccess access;

    @Inject
    CategoryBreakdown categories;

    public List<Area> entries(Caller caller) {
        return areas(access.entries(caller));
    }

    /**
     * The dashboard of {@code code}: the caller is admitted first (404 for anyone else, whatever
     * the period says), then the period is read (400 naming the parameter).
     */
    public Dashboard dashboard(Caller caller, String code, PeriodQuery query) {
        List<String> path = access.requireReadable(caller, code);
        LocalDate today = LocalDate.now(CenterTime.zone());
        Period period = query.resolve(today);
        List<Area> visible = areas(access.visiblePart(caller, path));
        Area area = visible.get(visible.size() - 1);
        Map<Dimension, Map<String, Figures>> cuts = cuts(code, period);
        return new Dashboard(
                area,
                visible,
                period,
                cuts.get(Dimension.ALL).getOrDefault("", Figures.zero()),
                totals(code, period.yearBefore()),
                children(code, period),
                Row.of(code, area.name(), cuts.get(Dimension.OWN).getOrDefault("", Figures.zero())),
                categories.table(area, period, YearMonth.from(today), cuts.get(Dimension.CATEGORY)),
                rows(ordered(cuts.get(Dimension.CHANNEL), Channel.values())),
                rows(ordered(cuts.get(Dimension.GRADE), Grade.values())),
                trend(code, period),
                backlog(code),
                childBacklogs(code));
    }

    /** The open and open-overdue cases of every center in the area, as the last passes counted them. */
    private Backlog backlog(String code) {
        Object[] row = (Object[]) em.createNativeQuery(BENEATH
                        + "select coalesce(sum(b.open_cases), 0), coalesce(sum(b.overdue_open), 0), min(b.counted_at)"
                        + " from platform.center_backlog b join area a on a.code = b.center_code")
                .setParameter(1, code)
                .getSingleResult();
        return backlog(row, 0);
    }

    /** The same for each child center's area, in one walk down the tree. */
    private Map<String, Backlog> childBacklogs(String code) {
        List<Object[]> found = rowsOf(em.createNativeQuery("with recursive area (code, root) as ("
                        + " select code, code from platform.tenant where parent_code = ?1"
                        + " union all select t.code, a.root from platform.tenant t join area a on t.parent_code = a.code)"
                        + " select a.root, sum(b.open_cases), sum(b.overdue_open), min(b.counted_at)"
                        + " from platform.center_backlog b join area a on a.code = b.center_code group by a.root")
                .setParameter(1, code)
                .getResultList());
        Map<String, Backlog> byChild = new HashMap<>();
        for (Object[] row : found) {
            byChild.put((String) row[0], backlog(row, 1));
        }
        return byChild;
    }

    /** {@code ?1} and every center beneath it, as the CTE {@code area(code)}. */
    private static final String BENEATH = "with recursive area (code) as (select cast(?1 as varchar) union all"
            + " select t.code from platform.tenant t join area a on t.parent_code = a.code) ";

    private static Backlog backlog(Object[] row, int first) {
        Object countedAt = row[first + 2];
        return new Backlog(
                ((Number) row[first]).longValue(),
                ((Number) row[first + 1]).longValue(),
                Optional.ofNullable(countedAt).map(Recount::instant));
    }

    /** Every cut of the area in the period: dimension → member → figures. */
    private Map<Dimension, Map<String, Figures>> cuts(String code, Period period) {
        Map<Dimension, Map<String, Figures>> cuts = new HashMap<>();
        for (Dimension dimension : Dimension.values()) {
            cuts.put(dimension, new LinkedHashMap<>());
        }
        List<Object[]> found = rowsOf(inPeriod(
                        "select r.dimension, r.member, " + SUMS
                                + " from platform.rollup_count r where r.area_code = ?1 and r.day between ?2 and ?3"
                                + " group by r.dimension, r.member order by r.dimension, r.member",
                        code,
                        period)
                .getResultList());
        for (Object[] row : found) {
            cuts.get(Dimension.valueOf((String) row[0])).put((String) row[1], figures(row, 2));
        }
        return cuts;
    }

    private Figures totals(String code, Period period) {
        Object[] row = (Object[]) inPeriod(
                        "select 0, " + SUMS
                                + " from platform.rollup_count r where r.area_code = ?1 and r.dimension = '"
                                + Dimension.ALL + "'"
                                + " and r.day between ?2 and ?3",
                        code,
                        period)
                .getSingleResult();
        return figures(row, 1);
    }

    /** The child centers with their areas' totals, every child listed even without figures. */
    private List<Row> children(String code, Period period) {
        List<Object[]> found = rowsOf(inPeriod(
                        "select t.code, t.name, " + SUMS
                                + " from platform.tenant t left join platform.rollup_count r on r.area_code = t.code"
                                + " and r.dimension = '" + Dimension.ALL + "' and r.day between ?2 and ?3"
                                + " where t.parent_code = ?1 group by t.code, t.name order by t.code",
                        code,
                        period)
                .getResultList());
        return found.stream()
                .map(row -> Row.of((String) row[0], (String) row[1], figures(row, 2)))
                .toList();
    }

    /** Per day for short periods, per month for long ones; every bucket present, empty ones zero. */
    private List<TrendPoint> trend(String code, Period period) {
        String bucket = period.dailyTrend() ? "r.day" : "cast(date_trunc('month', r.day) as date)";
        List<Object[]> found = rowsOf(inPeriod(
                        "select " + bucket + ", " + SUMS
                                + " from platform.rollup_count r where r.area_code = ?1 and r.dimension = '"
                                + Dimension.ALL + "'"
                                + " and r.day between ?2 and ?3 group by 1 order by 1",
                        code,
                        period)
                .getResultList());
        Map<LocalDate, Figures> byStart = new HashMap<>();
        for (Object[] row : found) {
            byStart.put(((Date) row[0]).toLocalDate(), figures(row, 1));
        }
        List<TrendPoint> trend = new ArrayList<>();
        LocalDate start = period.dailyTrend() ? period.from() : period.from().withDayOfMonth(1);
        while (!start.isAfter(period.to())) {
            trend.add(new TrendPoint(start, byStart.getOrDefault(start, Figures.zero())));
            start = period.dailyTrend() ? start.plusDays(1) : start.plusMonths(1);
        }
        return trend;
    }

    private static List<Row> rows(Map<String, Figures> cut) {
        return cut.entrySet().stream()
                .map(entry -> Row.of(entry.getKey(), entry.getKey(), entry.getValue()))
                .toList();
    }

    /** The cut's lines in the order of {@code members} (channels and grades have a natural order). */
    private static Map<String, Figures> ordered(Map<String, Figures> cut, Enum<?>[] members) {
        Map<String, Figures> ordered = new LinkedHashMap<>();
        for (Enum<?> member : members) {
            if (cut.containsKey(member.name())) {
                ordered.put(member.name(), cut.get(member.name()));
            }
        }
        return ordered;
    }

    private List<Area> areas(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Object[]> found = rowsOf(em.createNativeQuery(
                        "select code, name, level from platform.tenant where code = any (cast(?1 as varchar[]))")
                .setParameter(1, "{" + String.join(",", codes) + "}")
                .getResultList());
        Map<String, Area> byCode = new HashMap<>();
        for (Object[] row : found) {
            byCode.put(
                    (String) row[0], new Area((String) row[0], (String) row[1], TenantLevel.valueOf((String) row[2])));
        }
        return codes.stream().filter(byCode::containsKey).map(byCode::get).toList();
    }

    /** A query of the area {@code ?1} over the days {@code ?2} to {@code ?3} of {@code period}. */
    Query inPeriod(String sql, String code, Period period) {
        return em.createNativeQuery(sql)
                .setParameter(1, code)
                .setParameter(2, Date.valueOf(period.from()))
                .setParameter(3, Date.valueOf(period.to()));
    }

    /** Figures from the {@link Counter}-ordered sums in {@code row}, starting at column {@code first}. */
    static Figures figures(Object[] row, int first) {
        long[] counts = new long[Counter.values().length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = ((Number) row[first + i]).longValue();
        }
        return Figures.of(counts);
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rowsOf(List<?> result) {
        return (List<Object[]>) result;
    }
}
