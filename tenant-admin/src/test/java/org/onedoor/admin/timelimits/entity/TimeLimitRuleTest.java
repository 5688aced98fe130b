package org.onedoor.admin.timelimits.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.calendar.entity.LimitUnit;
import org.onedoor.platform.matters.entity.Grade;

/** A version of a rule is written once and superseded once; its limit keeps its invariants. */
class TimeLimitRuleTest {

    static final Instant SET = Instant.parse("2026-03-01T02:00:00Z");
    static final RuleKey KEY = new RuleKey(Milestone.CONCLUDE, "labour", Grade.SPECIALIST, null);

    @Test
    @DisplayName("#15.2 a version is superseded once, never before it came into force")
    void supersededOnce() {
        TimeLimitRule rule = TimeLimitRule.own(KEY, Limit.of(10, LimitUnit.WORKING_DAYS), SET, "admin");

        assertThatThrownBy(() -> rule.supersede(SET.minusSeconds(1), "admin"))
                .isInstanceOf(IllegalArgumentException.class);
        rule.supersede(SET.plusSeconds(60), "admin");
        assertThatThrownBy(() -> rule.supersede(SET.plusSeconds(120), "admin"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(rule.limit()).isEqualTo(Limit.of(10, LimitUnit.WORKING_DAYS));
        assertThat(rule.effectiveFrom()).isEqualTo(SET);
    }

    @Test
    @DisplayName("#15.2 a limit cannot be built out of range, whatever reaches the entity")
    void limitInvariants() {
        assertThatThrownBy(() -> Limit.of(-1, LimitUnit.WORKING_DAYS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Limit.of(366, LimitUnit.CALENDAR_DAYS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Limit.of(0, LimitUnit.WORKING_HOURS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Limit.of(5, LimitUnit.WORKING_DAYS, 4, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Limit.of(5, LimitUnit.WORKING_DAYS, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Limit.of(5, LimitUnit.WORKING_DAYS, 1, 5).amountAfter(2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Limit.of(30, LimitUnit.CALENDAR_DAYS, 1, 30).amountAfter(1)).isEqualTo(60);
    }
}
