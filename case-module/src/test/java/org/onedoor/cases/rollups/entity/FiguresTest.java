package org.onedoor.cases.rollups.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    @DisplayName("rates follow product.md: resolved / concluded, (very) satisfied / rated, followed up / concluded")
    void ratesAsDefined() {
        Figures figures = Figures.zero()
                .plus(Counter.RESOLVED, 88)
                .plus(Counter.NOT_RESOLVED, 37)
                .plus(Counter.ON_TIME, 120)
                .plus(Counter.OVERDUE, 5)
                .plus(Counter.FOLLOWED_UP, 100)
                .plus(Counter.VERY_SATISFIED, 60)
                .plus(Counter.SATISFIED, 37)
                .plus(Counter.NEUTRAL, 2)
                .plus(Counter.DISSATISFIED, 1);
        assertThat(figures.concluded()).isEqualTo(125);
        assertThat(figures.rated()).isEqualTo(100);
        assertThat(figures.resolutionRate())
                .hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("70.40"));
        assertThat(figures.onTimeRate())
                .hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("96.00"));
        assertThat(figures.satisfactionRate())
                .hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("97.00"));
        assertThat(figures.followUpRate())
                .hasValueSatisfying(rate -> assertThat(rate).isEqualByComparingTo("80.00"));
    }

    @Test
    @DisplayName("a rate rounds half up to two decimals and is absent when nothing was concluded")
    void roundingAndEmptyRates() {
        assertThat(Figures.rate(2, 3))
                .hasValueSatisfying(rate -> assertThat(rate).hasToString("66.67"));
        assertThat(Figures.rate(1, 8))
                .hasValueSatisfying(rate -> assertThat(rate).hasToString("12.50"));
        assertThat(Figures.rate(5, 7))
                .hasValueSatisfying(rate -> assertThat(rate).hasToString("71.43"));
        assertThat(Figures.zero().plus(Counter.RECEIVED, 4).resolutionRate()).isEmpty();
        assertThat(Figures.zero().satisfactionRate()).isEmpty();
    }

    @Test
    @DisplayName("figures add up counter by counter and compare by value")
    void sums() {
        Figures one = Figures.zero().plus(Counter.RECEIVED, 2).plus(Counter.RESOLVED, 1);
        Figures other = Figures.zero().plus(Counter.RECEIVED, 3).plus(Counter.ARCHIVED, 1);
        Figures sum = one.plus(other);
        assertThat(sum.get(Counter.RECEIVED)).isEqualTo(5);
        assertThat(sum.get(Counter.RESOLVED)).isEqualTo(1);
        assertThat(sum.get(Counter.ARCHIVED)).isEqualTo(1);
        assertThat(sum).isEqualTo(other.plus(one)).isNotEqualTo(one);
        assertThat(Figures.zero().isZero()).isTrue();
        assertThat(sum.isZero()).isFalse();
        assertThatThrownBy(() -> Figures.of(1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("counter keys are the API's camel-case names of the read model's columns")
    void keys() {
        assertThat(Counter.NOT_RESOLVED.key()).isEqualTo("notResolved");
        assertThat(Counter.ESCALATED_IN.column()).isEqualTo("escalated_in");
        assertThat(Counter.VERY_SATISFIED.key()).isEqualTo("verySatisfied");
    }
}
