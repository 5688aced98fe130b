package org.onedoor.cases.rollups.entity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One row of the read model: an area (a center and everything beneath it), a dimension with its
 * member ({@code ""} for ALL and OWN), and a day. Cells sort like the table's primary key, so one
 * transaction locks its rows in the same order as every other.
 */
public record Cell(String area, Dimension dimension, LocalDate day, String member) implements Comparable<Cell> {

    private static final Comparator<Cell> KEY_ORDER = Comparator.comparing(Cell::area)
            .thenComparing(cell -> cell.dimension().name())
            .thenComparing(Cell::day)
            .thenComparing(Cell::member);

    public Cell {
        Objects.requireNonNull(area, "area is required");
        Objects.requireNonNull(dimension, "dimension is required");
        Objects.requireNonNull(day, "day is required");
        member = member == null ? "" : member;
    }

    @Override
    public int compareTo(Cell other) {
        return KEY_ORDER.compare(this, other);
    }
}
