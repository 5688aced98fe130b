package org.onedoor.cases.rollups.boundary;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onedoor.cases.rollups.entity.Counter;
import org.onedoor.cases.rollups.entity.Figures;
import org.onedoor.cases.rollups.entity.SmallCounts;

/**
 * Figures as the API shows them: the counts by name ({@code received}, {@code notResolved}, …), the
 * derived totals, and the rates in percent with two decimals (null when there is nothing to divide,
 * or when the line does not carry what the rate needs: category lines carry received, resolved and
 * not resolved only).
 */
public record FiguresView(
        Map<String, Long> counts,
        long concluded,
        Long rated,
        BigDecimal resolutionRate,
        BigDecimal onTimeRate,
        BigDecimal satisfactionRate,
        BigDecimal followUpRate) {

    public static FiguresView of(Figures figures) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Counter counter : Counter.values()) {
            counts.put(counter.key(), figures.get(counter));
        }
        return new FiguresView(
                counts,
                figures.concluded(),
                figures.rated(),
                figures.resolutionRate().orElse(null),
                figures.onTimeRate().orElse(null),
                figures.satisfactionRate().orElse(null),
                figures.followUpRate().orElse(null));
    }

    /** A category line: only the counters the small-count rule lets a category show. */
    public static FiguresView ofCategory(Figures figures) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Counter counter : SmallCounts.CATEGORY_COUNTERS) {
            counts.put(counter.key(), figures.get(counter));
        }
        return new FiguresView(
                counts, figures.concluded(), null, figures.resolutionRate().orElse(null), null, null, null);
    }
}
