package org.onedoor.cases.casefiles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.RuleInForce;
import org.onedoor.platform.calendar.control.WorkingCalendar;
import org.onedoor.platform.calendar.entity.Calendar;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.calendar.entity.LimitUnit;
import org.onedoor.platform.matters.entity.Grade;
import org.onedoor.platform.modules.control.ModuleCalls;

/**
 * A case's time limit from its center's configuration (issue #15.2), which the administration module
 * owns and resolves: the conclusion rule in force when the case opened, for its category, grade and
 * channel; counted on the center's working calendar.
 */
@ApplicationScoped
public class CaseTimeLimits {

    private static final Logger LOG = Logger.getLogger(CaseTimeLimits.class.getName());

    @Inject
    ModuleCalls modules;

    @Inject
    WorkingCalendar calendars;

    /** How many working days before its deadline a case turns yellow (its last day by default). */
    @Inject
    @ConfigProperty(name = "onedoor.deadlines.warn-working-days", defaultValue = "1")
    int warnDays;

    /** Starts the clock of a case just opened, when its center has a rule for it. */
    public void start(String center, CaseFile caseFile, String actor) {
        conclusionRule(center, caseFile, caseFile.grade(), actor)
                .ifPresent(rule -> caseFile.startClock(rule, calendars.of(center), warnDays));
    }

    /** After a regrade: the new grade's rule, as it was in force when the case opened. */
    public void regraded(String center, CaseFile caseFile, String actor) {
        conclusionRule(center, caseFile, caseFile.grade(), actor)
                .ifPresent(rule -> caseFile.keepRuleOfGrade(rule, calendars.of(center), warnDays));
    }

    public Calendar calendarOf(String center) {
        return calendars.of(center);
    }

    public int warnDays() {
        return warnDays;
    }

    private Optional<RuleInForce> conclusionRule(String center, CaseFile caseFile, Grade grade, String actor) {
        Instant openedAt = caseFile.openedAt().toInstant();
        String path = "t/" + center + "/time-limits/resolve?milestone=CONCLUDE"
                + "&category=" + encoded(caseFile.categoryCode())
                + "&grade=" + grade.name()
                + "&channel=" + caseFile.channel().name()
                + "&at=" + encoded(openedAt.toString());
        ModuleCalls.Answer answer = modules.get("admin", path, actor);
        if (answer.status() == 404 || answer.status() == 400) {
            // no rule applies (or the category is unknown to the configuration): the case runs without a clock
            LOG.warning(() -> "no time limit for case " + caseFile.number() + " of " + center + ": " + answer.body());
            return Optional.empty();
        }
        if (!answer.isSuccess()) {
            throw new IllegalStateException("the administration module answered " + answer.status());
        }
        JsonObject rule = answer.json().getJsonObject("rule");
        String origin = rule.getString("origin");
        String setIn = switch (origin) {
            case "own" -> center;
            case "inherited" -> rule.getString("inheritedFrom");
            default -> null;
        };
        return Optional.of(new RuleInForce(
                Limit.of(
                        rule.getInt("amount"),
                        LimitUnit.valueOf(rule.getString("unit")),
                        rule.getInt("maxExtensions"),
                        rule.getInt("extensionAmount")),
                setIn,
                Instant.parse(rule.getString("effectiveFrom"))));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
