package org.onedoor.cases.rollups.entity;

/**
 * One line of a dashboard table: a child center, a category, channel or grade, with its figures.
 * {@code withheld} lines show no figures at all (the small-count rule, {@link SmallCounts}).
 */
public record Row(String key, String label, Figures figures, boolean withheld) {

    public static Row of(String key, String label, Figures figures) {
        return new Row(key, label, figures, false);
    }

    /** This line with its figures withheld when the small-count rule asks for it in {@code area}. */
    public Row guarded(Area area) {
        return SmallCounts.hides(area, figures) ? new Row(key, label, Figures.zero(), true) : this;
    }
}
