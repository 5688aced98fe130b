package org.onedoor.cases.casefiles.entity;

import java.time.Instant;
import org.onedoor.platform.calendar.entity.Limit;

/**
 * The time-limit rule a center's configuration gives a case when it opens (issue #15.2): the limit,
 * the center whose own rule it is (null: the platform's default) and since when it is in force.
 */
public record RuleInForce(Limit limit, String setIn, Instant effectiveFrom) {}
