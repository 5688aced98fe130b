package org.onedoor.cases.rollups.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.time.control.HumanTime;

/**
 * A dashboard as an XLSX workbook, written from the same {@link DashboardView} the API answers, so
 * the two cannot disagree: a summary sheet, then one sheet per table (child centers, categories,
 * channels, grades) and the trend. A withheld category table says why, as the page does. Values and
 * days read as on the page (issue #22.1).
 */
final class DashboardSheet {

    /** The figure columns of every table, in order: a counts key or a derived value. */
    static final List<String> COLUMNS = List.of(
            "received",
            "accepted",
            "resolved",
            "notResolved",
            "concluded",
            "resolutionRate",
            "onTime",
            "overdue",
            "onTimeRate",
            "escalatedIn",
            "escalatedOut",
            "followedUp",
            "followUpRate",
            "verySatisfied",
            "satisfied",
            "neutral",
            "dissatisfied",
            "satisfactionRate",
            "archived");

    /** A category line carries these only (the small-count rule). */
    static final List<String> CATEGORY_COLUMNS =
            List.of("received", "resolved", "notResolved", "concluded", "resolutionRate");

    private final Messages messages;
    private final Locale locale;
    private final HumanTime time;

    DashboardSheet(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.time = HumanTime.inCenters(messages);
    }

    byte[] write(DashboardView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "OneDoor", "1.0");
            summary(workbook.newWorksheet(text("rollups.sheet.summary")), view);
            List<DashboardView.RowView> children = new ArrayList<>(view.children());
            children.add(view.own());
            table(workbook.newWorksheet(text("rollups.sheet.children")), text("rollups.col.center"), children, COLUMNS);
            Worksheet categories = workbook.newWorksheet(text("rollups.sheet.categories"));
            table(categories, text("rollups.col.category"), view.categories(), CATEGORY_COLUMNS);
            if (view.categoriesWithheld() != null) {
                categories.value(1, 0, view.categoriesWithheld().message());
            }
            table(
                    workbook.newWorksheet(text("rollups.sheet.channels")),
                    text("rollups.col.channel"),
                    view.channels(),
                    COLUMNS);
            table(
                    workbook.newWorksheet(text("rollups.sheet.grades")),
                    text("rollups.col.grade"),
                    view.grades(),
                    COLUMNS);
            trend(workbook.newWorksheet(text("rollups.sheet.trend")), view.trend());
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook cannot be written", e);
        }
        return out.toByteArray();
    }

    private void summary(Worksheet sheet, DashboardView view) {
        sheet.value(0, 0, text("rollups.col.area"));
        sheet.value(0, 1, view.area().name() + " (" + view.area().code() + ")");
        sheet.value(1, 0, text("rollups.col.period"));
        sheet.value(
                1,
                1,
                time.day(view.period().from(), locale) + " – "
                        + time.day(view.period().to(), locale));
        sheet.value(3, 0, text("rollups.col.figure"));
        sheet.value(3, 1, text("rollups.col.this-period"));
        sheet.value(3, 2, text("rollups.col.year-before"));
        int row = 4;
        for (String column : COLUMNS) {
            sheet.value(row, 0, text("rollups.col." + column));
            number(sheet, row, 1, value(view.totals(), column));
            number(sheet, row, 2, value(view.yearBefore(), column));
            row++;
        }
        row++;
        sheet.value(row, 0, text("rollups.col.backlog-open"));
        sheet.value(row++, 1, view.backlog().open());
        sheet.value(row, 0, text("rollups.col.backlog-overdue"));
        sheet.value(row, 1, view.backlog().overdue());
    }

    private void table(Worksheet sheet, String firstHeader, List<DashboardView.RowView> rows, List<String> columns) {
        sheet.value(0, 0, text("rollups.col.code"));
        sheet.value(0, 1, firstHeader);
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c + 2, text("rollups.col." + columns.get(c)));
        }
        int r = 1;
        for (DashboardView.RowView row : rows) {
            sheet.value(r, 0, row.key());
            sheet.value(r, 1, row.label());
            for (int c = 0; c < columns.size(); c++) {
                number(sheet, r, c + 2, value(row.figures(), columns.get(c)));
            }
            r++;
        }
    }

    private void trend(Worksheet sheet, List<DashboardView.PointView> points) {
        sheet.value(0, 0, text("rollups.col.from"));
        sheet.value(0, 1, text("rollups.col.received"));
        sheet.value(0, 2, text("rollups.col.concluded"));
        sheet.value(0, 3, text("rollups.col.resolved"));
        int r = 1;
        for (DashboardView.PointView point : points) {
            sheet.value(r, 0, time.day(point.start(), locale));
            sheet.value(r, 1, point.received());
            sheet.value(r, 2, point.concluded());
            sheet.value(r, 3, point.resolved());
            r++;
        }
    }

    /** The value of {@code column} in {@code figures}: a count, a derived total or a rate (null: none). */
    static BigDecimal value(FiguresView figures, String column) {
        return switch (column) {
            case "concluded" -> BigDecimal.valueOf(figures.concluded());
            case "resolutionRate" -> figures.resolutionRate();
            case "onTimeRate" -> figures.onTimeRate();
            case "followUpRate" -> figures.followUpRate();
            case "satisfactionRate" -> figures.satisfactionRate();
            default -> BigDecimal.valueOf(figures.counts().get(column));
        };
    }

    private static void number(Worksheet sheet, int row, int column, BigDecimal value) {
        if (value == null) {
            sheet.value(row, column, "—");
        } else {
            sheet.value(row, column, value);
        }
    }

    private String text(String key) {
        return messages.text(locale, key);
    }
}
