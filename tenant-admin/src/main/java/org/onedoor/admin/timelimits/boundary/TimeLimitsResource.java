package org.onedoor.admin.timelimits.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.admin.timelimits.control.TimeLimits;
import org.onedoor.admin.timelimits.entity.EffectiveRule;
import org.onedoor.admin.timelimits.entity.RuleInput;
import org.onedoor.admin.timelimits.entity.RuleKey;
import org.onedoor.platform.calendar.entity.Deadline;
import org.onedoor.platform.calendar.entity.Limit;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.AdministersCenter;
import org.onedoor.platform.security.entity.WorksInCenter;
import org.onedoor.platform.tenancy.control.TenantScope;

/**
 * A center's time limits ({@code /t/{code}/time-limits}, issue #15.2): its staff read the rules in
 * force with their origin and what each overrides; its administrators set and remove the center's own, which reach every
 * center beneath it. Other modules resolve a case's rule and deadline here, as they read the intake
 * configuration: a module may enter any open center.
 */
@Path("t/{code}/time-limits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class TimeLimitsResource {

    @Inject
    TenantScope tenantScope;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    TimeLimits timeLimits;

    /** A rule as the center sees it; {@code *} stands for every category, grade or channel. */
    public record RuleView(
            String milestone,
            String category,
            String grade,
            String channel,
            int amount,
            String unit,
            int maxExtensions,
            int extensionAmount,
            String origin,
            String inheritedFrom,
            Instant effectiveFrom,
            OverriddenView overrides) {

        static RuleView of(EffectiveRule rule) {
            RuleKey key = rule.key();
            Limit limit = rule.limit();
            return new RuleView(
                    key.milestone().name(),
                    key.category(),
                    key.gradeText(),
                    key.channelText(),
                    limit.amount(),
                    limit.unit().name(),
                    limit.maxExtensions(),
                    limit.extensionAmount(),
                    rule.origin(),
                    rule.inheritedFrom(),
                    rule.effectiveFrom(),
                    OverriddenView.of(rule.overrides()));
        }
    }

    /** The rule of the same key an override hides (the default, or an ancestor's): what removing it brings back. */
    public record OverriddenView(
            int amount, String unit, int maxExtensions, int extensionAmount, String origin, String inheritedFrom) {

        static OverriddenView of(EffectiveRule.Overridden overridden) {
            if (overridden == null) {
                return null;
            }
            Limit limit = overridden.limit();
            return new OverriddenView(
                    limit.amount(),
                    limit.unit().name(),
                    limit.maxExtensions(),
                    limit.extensionAmount(),
                    overridden.origin(),
                    overridden.inheritedFrom());
        }
    }

    /** A limit as sent: {"amount":5,"unit":"WORKING_DAYS","maxExtensions":1,"extensionAmount":5}. */
    public record LimitForm(Integer amount, String unit, Integer maxExtensions, Integer extensionAmount) {}

    /**
     * The rule a case keeps, resolved at {@code at}, and, when asked with {@code from}, its deadline
     * before any extension and after all of them.
     */
    public record Resolution(Instant at, RuleView rule, Deadline deadline, Deadline furthestDeadline) {}

    /** The rules in force now (or at {@code at}), with where each comes from. */
    @WorksInCenter
    @GET
    public List<RuleView> effective(
            @PathParam("code") String code,
            @Parameter(description = "ISO instant; now by default") @QueryParam("at") String at) {
        tenantScope.enter(code);
        Instant instant = at == null || at.isBlank() ? timeLimits.now() : RuleInput.instant("at", at);
        return timeLimits.effective(code, instant).stream().map(RuleView::of).toList();
    }

    /** Sets the center's own limit for the key from now on; cases opened before keep theirs. */
    @AdministersCenter
    @PUT
    @Path("{milestone}/{category}/{grade}")
    @APIResponse(
            responseCode = "200",
            description = "set (the version in force is superseded)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RuleView.class)))
    @APIResponse(
            responseCode = "400",
            description = "an unknown key part or a limit out of range (errors[] names the field)")
    @APIResponse(responseCode = "409", description = "someone else set this key at the same time")
    public RuleView set(
            @PathParam("code") String code,
            @Parameter(description = "ACCEPT or CONCLUDE") @PathParam("milestone") String milestone,
            @Parameter(description = "a category code, or * for every category") @PathParam("category") String category,
            @Parameter(description = "a grade, or * for every grade") @PathParam("grade") String grade,
            @Parameter(description = "a channel; every channel when absent") @QueryParam("channel") String channel,
            LimitForm form) {
        tenantScope.enter(code, AdministersCenter.class);
        Limit.Draft limit = form == null
                ? null
                : new Limit.Draft(form.amount(), form.unit(), form.maxExtensions(), form.extensionAmount());
        return RuleView.of(timeLimits.set(
                code, new RuleKey.Draft(milestone, category, grade, channel), limit, currentCaller.actor()));
    }

    /** Removes the center's own limit for the key: from now on the inherited one applies again. */
    @AdministersCenter
    @DELETE
    @Path("{milestone}/{category}/{grade}")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", description = "the center has no limit of its own for this key")
    public void remove(
            @PathParam("code") String code,
            @PathParam("milestone") String milestone,
            @PathParam("category") String category,
            @PathParam("grade") String grade,
            @QueryParam("channel") String channel) {
        tenantScope.enter(code, AdministersCenter.class);
        timeLimits.remove(code, new RuleKey.Draft(milestone, category, grade, channel), currentCaller.actor());
    }

    /**
     * The rule in force for a case at {@code at} — by default its opening {@code from}, else now — and,
     * with {@code from}, its deadline on the center's calendar.
     */
    @WorksInCenter
    @GET
    @Path("resolve")
    @APIResponse(
            responseCode = "200",
            description = "the rule, and the deadline when from is given",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Resolution.class)))
    @APIResponse(responseCode = "400", description = "an unknown key part or instant (errors[] names the field)")
    @APIResponse(responseCode = "404", description = "no time limit applies to such a case")
    public Resolution resolve(
            @PathParam("code") String code,
            @QueryParam("milestone") String milestone,
            @QueryParam("category") String category,
            @QueryParam("grade") String grade,
            @Parameter(description = "the case's channel; only rules for every channel apply when absent")
                    @QueryParam("channel")
                    String channel,
            @Parameter(description = "ISO instant the rule is resolved at; from, else now, by default")
                    @QueryParam("at")
                    String at,
            @Parameter(description = "ISO instant the case opened: the deadline is counted from it") @QueryParam("from")
                    String from) {
        tenantScope.enter(code);
        Instant opened = from == null || from.isBlank() ? null : RuleInput.instant("from", from);
        Instant instant = RuleInput.resolvedAt(at, from, timeLimits.now());
        RuleKey.Draft key = new RuleKey.Draft(milestone, category, grade, channel);
        EffectiveRule rule = timeLimits
                .resolve(code, key, instant)
                .orElseThrow(() -> new NotFoundException("time-limit.none", milestone, category, grade));
        if (opened == null) {
            return new Resolution(instant, RuleView.of(rule), null, null);
        }
        Limit limit = rule.limit();
        return new Resolution(
                instant,
                RuleView.of(rule),
                timeLimits.deadline(code, limit, 0, opened),
                limit.maxExtensions() == 0 ? null : timeLimits.deadline(code, limit, limit.maxExtensions(), opened));
    }
}
