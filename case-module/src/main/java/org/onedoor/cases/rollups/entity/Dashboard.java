package org.onedoor.cases.rollups.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything the statistics show about one area and period: totals, the same period a year
 * before, the child centers and what the center did itself (本级), the breakdowns and the trend, and
 * the open cases (积压) of the area and of each child now.
 * API, page and export all render this one object.
 */
public record Dashboard(
        Area area,
        List<Area> path,
        Period period,
        Figures totals,
        Figures yearBefore,
        List<Row> children,
        Row own,
        CategoryTable categories,
        List<Row> channels,
        List<Row> grades,
        List<TrendPoint> trend,
        Backlog backlog,
        Map<String, Backlog> childBacklogs) {

    /** The backlog of the child center {@code code}'s area; none counted yet is zero. */
    public Backlog backlogOf(String code) {
        return childBacklogs.getOrDefault(code, Backlog.none());
    }

    /** Child centers from the highest resolution rate down; those with nothing concluded last. */
    public List<Row> ranking() {
        Comparator<Row> byRate = Comparator.comparing(
                (Row row) -> row.figures().resolutionRate().orElse(null),
                Comparator.nullsLast(Comparator.reverseOrder()));
        return children.stream()
                .sorted(byRate.thenComparing(row -> -row.figures().concluded()).thenComparing(Row::key))
                .toList();
    }
}
