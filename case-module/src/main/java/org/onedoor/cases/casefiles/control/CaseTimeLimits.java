package org.onedoor.cases.casefiles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onedoor.cases.casefiles.entity.CaseFile;
import org.onedoor.cases.casefiles.entity.RequirementKind;
import org.onedoor.cases.casefiles.entity.RuleInForce;
import org.onedoor.platform.calendar.control.WorkingCalendar;
import org.onedoor.platform.calendar.entity.Calendar;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.calendar.entity.LimitUnit;
import org.onedoor.platform.modules.control.ModuleCalls;
import org.onedoor.platform.tenancy.entity.DivisionCode;
import org.onedoor.platform.tenancy.entity.TenantLevel;

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

    /**
     * Starts the clock of a case just opened, when its center has a rule for it, and lays out the
     * steps its path requires (issue #15.3).
     */
    public void start(String center, CaseFile caseFile, String actor) {
        Calendar calendar = calendars.of(center);
        rule("CONCLUDE", center, caseFile, actor).ifPresent(rule -> caseFile.startClock(rule, calendar, warnDays));
        caseFile.requireSteps(steps(center, caseFile, actor), calendar);
    }

    /** After a regrade: the new grade's rule and steps, as they were in force when the case opened. */
    public void regraded(String center, CaseFile caseFile, String actor) {
        Calendar calendar = calendars.of(center);
        rule("CONCLUDE", center, caseFile, actor).ifPresent(rule -> caseFile.keepRuleOfGrade(rule, calendar, warnDays));
        caseFile.requireSteps(steps(center, caseFile, actor), calendar);
    }

    /**
     * The steps the rules in force at the opening require of the case; a step's rule of amount 0
     * switches it off. A district (or a center above one) holds no consultation with itself.
     */
    private Map<RequirementKind, RuleInForce> steps(String center, CaseFile caseFile, String actor) {
        Map<RequirementKind, RuleInForce> steps = new EnumMap<>(RequirementKind.class);
        for (RequirementKind kind : RequirementKind.values()) {
            if (kind == RequirementKind.CONSULT && !belowDistrict(center)) {
                continue;
            }
            rule(kind.name(), center, caseFile, actor)
                    .filter(rule -> rule.limit().amount() > 0)
                    .ifPresent(rule -> steps.put(kind, rule));
        }
        return steps;
    }

    public Calendar calendarOf(String center) {
        return calendars.of(center);
    }

    public int warnDays() {
        return warnDays;
    }

    private Optional<RuleInForce> rule(String milestone, String center, CaseFile caseFile, String actor) {
        Instant openedAt = caseFile.openedAt().toInstant();
        String path = "t/" + center + "/time-limits/resolve?milestone=" + milestone
                + "&category=" + encoded(caseFile.categoryCode())
                + "&grade=" + caseFile.grade().name()
                + "&channel=" + caseFile.channel().name()
                + "&at=" + encoded(openedAt.toString());
        ModuleCalls.Answer answer = modules.get("admin", path, actor);
        if (answer.status() == 404 || answer.status() == 400) {
            // no rule applies (or the category is unknown to the configuration): the case runs without a clock
            if (milestone.equals("CONCLUDE")) {
                LOG.warning(
                        () -> "no time limit for case " + caseFile.number() + " of " + center + ": " + answer.body());
            }
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

    /** Streets and communities consult their district; a district is where the consultation happens. */
    static boolean belowDistrict(String center) {
        return DivisionCode.parse(center)
                .map(code -> TenantLevel.DISTRICT.isAbove(code.level()))
                .orElse(false);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
