package org.onedoor.cases.rollups.entity;

/**
 * How a row of the read model cuts an area's figures: its totals, what the center itself did
 * (本级), or one category, channel or grade.
 */
public enum Dimension {
    ALL,
    OWN,
    CATEGORY,
    CHANNEL,
    GRADE
}
