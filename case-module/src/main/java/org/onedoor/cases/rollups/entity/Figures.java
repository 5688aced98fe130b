package org.onedoor.cases.rollups.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * The counts of one cell of the statistics, and the rates derived from them — the one
 * implementation of the definitions in product.md that the API, the dashboard and the export use:
 *
 * <ul>
 *   <li>concluded (办结) = resolved + not resolved;
 *   <li>resolution rate (化解率) = resolved / concluded;
 *   <li>on-time rate (按期办结率) = concluded within the time limit / concluded;
 *   <li>satisfaction rate (满意率) = (very satisfied + satisfied) / rated;
 *   <li>follow-up rate (回访率) = followed up / concluded.
 * </ul>
 *
 * Rates are percentages with two decimals (88 of 125 = 70.40), rounded half up; none when nothing
 * was there to divide by.
 */
public final class Figures {

    private static final Counter[] COUNTERS = Counter.values();
    private static final Figures ZERO = new Figures(new long[COUNTERS.length]);

    private final long[] values;

    private Figures(long[] values) {
        this.values = values;
    }

    public static Figures zero() {
        return ZERO;
    }

    /** Figures from counts in {@link Counter} order. */
    public static Figures of(long... counts) {
        if (counts.length != COUNTERS.length) {
            throw new IllegalArgumentException("expected " + COUNTERS.length + " counts, got " + counts.length);
        }
        return new Figures(counts.clone());
    }

    public Figures plus(Counter counter, long amount) {
        long[] sum = values.clone();
        sum[counter.ordinal()] += amount;
        return new Figures(sum);
    }

    public Figures plus(Figures other) {
        long[] sum = values.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.values[i];
        }
        return new Figures(sum);
    }

    public Figures minus(Figures other) {
        long[] difference = values.clone();
        for (int i = 0; i < difference.length; i++) {
            difference[i] -= other.values[i];
        }
        return new Figures(difference);
    }

    /** These figures with every counter but {@code kept} set to zero. */
    public Figures only(Collection<Counter> kept) {
        long[] part = new long[values.length];
        kept.forEach(counter -> part[counter.ordinal()] = values[counter.ordinal()]);
        return new Figures(part);
    }

    public long get(Counter counter) {
        return values[counter.ordinal()];
    }

    public boolean isZero() {
        return Arrays.stream(values).allMatch(value -> value == 0);
    }

    public long concluded() {
        return get(Counter.RESOLVED) + get(Counter.NOT_RESOLVED);
    }

    public long rated() {
        return get(Counter.VERY_SATISFIED) + get(Counter.SATISFIED) + get(Counter.NEUTRAL) + get(Counter.DISSATISFIED);
    }

    public Optional<BigDecimal> resolutionRate() {
        return rate(get(Counter.RESOLVED), concluded());
    }

    public Optional<BigDecimal> onTimeRate() {
        return rate(get(Counter.ON_TIME), concluded());
    }

    public Optional<BigDecimal> satisfactionRate() {
        return rate(get(Counter.VERY_SATISFIED) + get(Counter.SATISFIED), rated());
    }

    public Optional<BigDecimal> followUpRate() {
        return rate(get(Counter.FOLLOWED_UP), concluded());
    }

    /** {@code part} of {@code whole} in percent, two decimals. */
    public static Optional<BigDecimal> rate(long part, long whole) {
        return whole == 0
                ? Optional.empty()
                : Optional.of(
                        BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Figures figures && Arrays.equals(values, figures.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Figures[");
        for (Counter counter : COUNTERS) {
            if (get(counter) != 0) {
                text.append(counter.key()).append('=').append(get(counter)).append(' ');
            }
        }
        return text.toString().strip() + "]";
    }
}
