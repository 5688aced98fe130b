package org.onedoor.admin.timelimits.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.onedoor.admin.timelimits.entity.Milestone;
import org.onedoor.admin.timelimits.entity.Rule;
import org.onedoor.admin.timelimits.entity.RuleKey;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.calendar.entity.LimitUnit;
import org.onedoor.platform.matters.entity.Channel;

/** A row of {@code time_limit_rule}, as a native query hands it over, becomes a rule. */
class TimeLimitsRowTest {

    static final Instant FROM = Instant.parse("2026-03-01T02:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-03-10T02:00:00Z");

    @Test
    @DisplayName("#15.2 '*' reads as every grade or channel; timestamps and small integers as the driver gives them")
    void rowToRule() {
        Rule rule = TimeLimits.rule(new Object[] {
            "OWN",
            "CONCLUDE",
            "*",
            "*",
            "PETITION",
            60,
            "CALENDAR_DAYS",
            (short) 1,
            30,
            Timestamp.from(FROM),
            OffsetDateTime.ofInstant(UNTIL, ZoneOffset.ofHours(8))
        });

        assertThat(rule.key()).isEqualTo(new RuleKey(Milestone.CONCLUDE, "*", null, Channel.PETITION));
        assertThat(rule.limit()).isEqualTo(Limit.of(60, LimitUnit.CALENDAR_DAYS, 1, 30));
        assertThat(rule.effectiveFrom()).isEqualTo(FROM);
        assertThat(rule.supersededAt()).isEqualTo(UNTIL);
        assertThat(rule.inForceAt(FROM)).isTrue();
        assertThat(rule.inForceAt(UNTIL)).isFalse();
    }
}
