package org.onedoor.cases.rollups.entity;

import java.util.List;
import java.util.Objects;

/**
 * The category breakdown of an area and period under the small-count rule ({@link SmallCounts}):
 * the open categories one by one and the sensitive ones as one line, or nothing with the reason.
 */
public record CategoryTable(List<Row> rows, SmallCounts.Withheld withheld) {

    public CategoryTable {
        rows = List.copyOf(rows);
        if (withheld != null && !rows.isEmpty()) {
            throw new IllegalArgumentException("a withheld table has no lines");
        }
    }

    public static CategoryTable shown(List<Row> rows) {
        return new CategoryTable(rows, null);
    }

    public static CategoryTable withheld(SmallCounts.Withheld reason) {
        return new CategoryTable(List.of(), Objects.requireNonNull(reason));
    }

    public boolean isShown() {
        return withheld == null;
    }
}
