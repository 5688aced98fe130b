package org.onedoor.cases.rollups.boundary;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onedoor.cases.rollups.entity.Counter;
import org.onedoor.cases.rollups.entity.Figures;

/**
 * Figures as the API shows them: the counts by name ({@code received}, {@code notResolved}, …), the
 * derived totals, and the rates in percent with two decimals (null when there is nothing to divide).
 */
public record FiguresView(
        Map<String, Long> counts,
        long concluded,
        long rated,
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
}
