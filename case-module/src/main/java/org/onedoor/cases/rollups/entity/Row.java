package org.onedoor.cases.rollups.entity;

/** One line of a dashboard table: a child center, a category, channel or grade, with its figures. */
public record Row(String key, String label, Figures figures) {

    public static Row of(String key, String label, Figures figures) {
        return new Row(key, label, figures);
    }
}
