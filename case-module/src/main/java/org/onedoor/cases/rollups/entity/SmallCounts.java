package org.onedoor.cases.rollups.entity;

import java.util.Arrays;

/**
 * The small-count rule (docs/statistics.md): in a street or a community, a breakdown line (one
 * category, channel or grade) whose every count is 1 or 2 is shown as "fewer than 3" without
 * figures — "one domestic-violence case in 江岸区某社区 this week" can point at a family. Totals and
 * child-center lines stay exact: they say how much work was done, not what about.
 */
public final class SmallCounts {

    /** Lines whose counts all stay below this are withheld. */
    public static final int THRESHOLD = 3;

    private SmallCounts() {}

    public static boolean hides(Area area, Figures figures) {
        if (!area.isSmall() || figures.isZero()) {
            return false;
        }
        return Arrays.stream(Counter.values()).allMatch(counter -> figures.get(counter) < THRESHOLD);
    }
}
