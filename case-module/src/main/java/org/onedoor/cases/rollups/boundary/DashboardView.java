package org.onedoor.cases.rollups.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.onedoor.cases.rollups.entity.Area;
import org.onedoor.cases.rollups.entity.Backlog;
import org.onedoor.cases.rollups.entity.Counter;
import org.onedoor.cases.rollups.entity.Dashboard;
import org.onedoor.cases.rollups.entity.Figures;
import org.onedoor.cases.rollups.entity.Row;
import org.onedoor.cases.rollups.entity.SmallCounts;
import org.onedoor.platform.i18n.control.Labels;
import org.onedoor.platform.i18n.control.Messages;

/** A dashboard as JSON; the page and the XLSX export show exactly these values. */
public record DashboardView(
        AreaView area,
        List<AreaView> path,
        PeriodView period,
        FiguresView totals,
        FiguresView yearBefore,
        Change yearOnYear,
        List<RowView> children,
        RowView own,
        List<RowView> ranking,
        List<RowView> categories,
        CategoriesWithheld categoriesWithheld,
        List<RowView> channels,
        List<RowView> grades,
        List<PointView> trend,
        BacklogView backlog) {

    public record AreaView(String code, String name, String level) {
        static AreaView of(Area area) {
            return new AreaView(area.code(), area.name(), area.level().name());
        }
    }

    public record PeriodView(
            String kind,
            LocalDate from,
            LocalDate to,
            LocalDate yearBeforeFrom,
            LocalDate yearBeforeTo,
            boolean dailyTrend) {}

    /**
     * Year on year: counts as a change in percent of last year's (null when last year had none),
     * rates as a change in percentage points.
     */
    public record Change(
            BigDecimal received,
            BigDecimal concluded,
            BigDecimal resolutionRate,
            BigDecimal onTimeRate,
            BigDecimal satisfactionRate,
            BigDecimal followUpRate) {

        static Change between(Figures now, Figures before) {
            return new Change(
                    percentChange(now.get(Counter.RECEIVED), before.get(Counter.RECEIVED)),
                    percentChange(now.concluded(), before.concluded()),
                    points(now.resolutionRate(), before.resolutionRate()),
                    points(now.onTimeRate(), before.onTimeRate()),
                    points(now.satisfactionRate(), before.satisfactionRate()),
                    points(now.followUpRate(), before.followUpRate()));
        }

        private static BigDecimal percentChange(long now, long before) {
            return Figures.rate(now - before, before).orElse(null);
        }

        private static BigDecimal points(Optional<BigDecimal> now, Optional<BigDecimal> before) {
            return now.isPresent() && before.isPresent() ? now.get().subtract(before.get()) : null;
        }
    }

    /** A table line; a child center's line also has its area's backlog. */
    public record RowView(String key, String label, FiguresView figures, BacklogView backlog) {
        static RowView of(Row row) {
            return new RowView(row.key(), row.label(), FiguresView.of(row.figures()), null);
        }

        static RowView of(Row row, Backlog backlog) {
            return new RowView(row.key(), row.label(), FiguresView.of(row.figures()), BacklogView.of(backlog));
        }
    }

    /** Open cases now (积压) and those past their deadline (超期未办结), as of the last deadline pass. */
    public record BacklogView(long open, long overdue, OffsetDateTime countedAt) {
        static BacklogView of(Backlog backlog) {
            return new BacklogView(
                    backlog.open(), backlog.overdue(), backlog.countedAt().orElse(null));
        }
    }

    /** Why the category table is empty (the small-count rule): {@code reason} and its explanation. */
    public record CategoriesWithheld(String reason, String message) {}

    public record PointView(LocalDate start, long received, long concluded, long resolved) {}

    public static DashboardView of(Dashboard dashboard, Messages messages, Locale locale) {
        var period = dashboard.period();
        var before = period.yearBefore();
        return new DashboardView(
                AreaView.of(dashboard.area()),
                dashboard.path().stream().map(AreaView::of).toList(),
                new PeriodView(
                        period.kind().name(),
                        period.from(),
                        period.to(),
                        before.from(),
                        before.to(),
                        period.dailyTrend()),
                FiguresView.of(dashboard.totals()),
                FiguresView.of(dashboard.yearBefore()),
                Change.between(dashboard.totals(), dashboard.yearBefore()),
                dashboard.children().stream()
                        .map(row -> RowView.of(row, dashboard.backlogOf(row.key())))
                        .toList(),
                RowView.of(dashboard.own()),
                dashboard.ranking().stream()
                        .map(row -> RowView.of(row, dashboard.backlogOf(row.key())))
                        .toList(),
                dashboard.categories().rows().stream()
                        .map(row -> new RowView(
                                row.key(),
                                messages.text(locale, "rollups.category." + row.key()),
                                FiguresView.ofCategory(row.figures()),
                                null))
                        .toList(),
                dashboard.categories().isShown()
                        ? null
                        : new CategoriesWithheld(
                                dashboard.categories().withheld().name(),
                                messages.text(
                                        locale,
                                        "rollups.categories.withheld."
                                                + dashboard.categories().withheld(),
                                        SmallCounts.THRESHOLD)),
                labelled(dashboard.channels(), "Channel", messages, locale),
                labelled(dashboard.grades(), "Grade", messages, locale),
                dashboard.trend().stream()
                        .map(point -> new PointView(
                                point.start(),
                                point.figures().get(Counter.RECEIVED),
                                point.figures().concluded(),
                                point.figures().get(Counter.RESOLVED)))
                        .toList(),
                BacklogView.of(dashboard.backlog()));
    }

    /** Rows keyed by the constants of {@code vocabulary} ({@code Channel}, {@code Grade}), labelled in words. */
    private static List<RowView> labelled(List<Row> rows, String vocabulary, Messages messages, Locale locale) {
        return rows.stream()
                .map(row -> RowView.of(
                        new Row(row.key(), messages.text(locale, Labels.key(vocabulary, row.key())), row.figures())))
                .toList();
    }
}
