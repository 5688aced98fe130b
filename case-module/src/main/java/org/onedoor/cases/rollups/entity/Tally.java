package org.onedoor.cases.rollups.entity;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Counted events summed per cell, in key order. */
public final class Tally {

    private final SortedMap<Cell, Figures> cells = new TreeMap<>();

    /** Counts {@code event}, whose center has {@code path} (from the top of the tree). */
    public Tally count(CountedEvent event, List<String> path) {
        return count(event, path, area -> true);
    }

    /** Counts {@code event} only in the areas {@code inScope} accepts. */
    public Tally count(CountedEvent event, List<String> path, Predicate<String> inScope) {
        List<Counter> counters = Counting.countersOf(event);
        if (counters.isEmpty()) {
            return this;
        }
        for (Cell cell : Counting.cellsOf(event, path)) {
            if (inScope.test(cell.area())) {
                Figures figures = cells.getOrDefault(cell, Figures.zero());
                for (Counter counter : counters) {
                    figures = figures.plus(counter, 1);
                }
                cells.put(cell, figures);
            }
        }
        return this;
    }

    public SortedMap<Cell, Figures> cells() {
        return Collections.unmodifiableSortedMap(cells);
    }

    /** How many lines the tally holds. */
    public int size() {
        return cells.size();
    }

    /** Forgets the counted lines (after they were written). */
    public void clear() {
        cells.clear();
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }
}
