package org.onedoor.cases.casefiles.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.cases.casefiles.entity.CaseState;
import org.onedoor.cases.casefiles.entity.HandlesCases;
import org.onedoor.cases.casefiles.entity.OpensCases;
import org.onedoor.cases.casefiles.entity.ReadsCases;
import org.onedoor.cases.privacy.control.Reveals;
import org.onedoor.cases.privacy.entity.RevealsPersonalData;
import org.onedoor.cases.privacy.entity.ReviewsReveals;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.security.control.CurrentCaller;

/**
 * A center's case files: {@code /t/{code}/cases}. Opened by dispatch from the front desk, worked by
 * the center's mediators: accept, sessions, grade, resolve with an agreement or refer, follow-up,
 * close — or escalate to the parent center.
 */
@Path("t/{code}/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

    @Inject
    CaseDesk desk;

    @Inject
    CurrentCaller currentCaller;

    /** Opens the case of a dispatched matter: 201, or 200 with the same case when it is already open. */
    @OpensCases
    @POST
    public Response open(@PathParam("code") String code, @Valid @NotNull DispatchForm form, @Context UriInfo uri) {
        CaseDesk.Opened opened = desk.open(code, form, currentCaller.actor());
        return opened.created()
                ? Response.created(uri.getAbsolutePathBuilder()
                                .path(opened.view().id().toString())
                                .build())
                        .entity(opened.view())
                        .build()
                : Response.ok(opened.view()).build();
    }

    @ReadsCases
    @GET
    public List<CaseView> list(
            @PathParam("code") String code, @QueryParam("room") UUID room, @QueryParam("state") CaseState state) {
        return desk.list(code, room, state);
    }

    @ReadsCases
    @GET
    @Path("{id}")
    public CaseView get(@PathParam("code") String code, @PathParam("id") UUID id) {
        return desk.get(code, id);
    }

    @ReadsCases
    @GET
    @Path("{id}/timeline")
    public List<CaseView.Step> timeline(@PathParam("code") String code, @PathParam("id") UUID id) {
        return desk.timeline(code, id);
    }

    @HandlesCases
    @POST
    @Path("{id}/accept")
    public CaseView accept(@PathParam("code") String code, @PathParam("id") UUID id) {
        String actor = currentCaller.actor();
        return desk.change(code, id, (caseFile, center) -> caseFile.accept(center, actor));
    }

    @HandlesCases
    @POST
    @Path("{id}/sessions")
    public CaseView session(
            @PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull SessionForm form) {
        String actor = currentCaller.actor();
        return desk.change(
                code,
                id,
                (caseFile, center) -> caseFile.recordSession(
                        center,
                        form.getHeldAt(),
                        form.getParticipants().strip(),
                        form.getNotes().strip(),
                        actor));
    }

    @HandlesCases
    @PUT
    @Path("{id}/grade")
    public CaseView regrade(@PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull GradeForm form) {
        String actor = currentCaller.actor();
        return desk.change(
                code, id, (caseFile, center) -> caseFile.regrade(center, form.getGrade(), form.getReason(), actor));
    }

    /** Resolved: the mediation agreement is recorded; its PDF is at {@code agreement.pdf}. */
    @HandlesCases
    @POST
    @Path("{id}/resolve")
    public CaseView resolve(
            @PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull AgreementForm form) {
        return desk.resolve(code, id, form, currentCaller.actor());
    }

    @HandlesCases
    @GET
    @Path("{id}/agreement.pdf")
    @Produces("application/pdf")
    public Response agreement(@PathParam("code") String code, @PathParam("id") UUID id) {
        CaseDesk.Document document = desk.agreement(code, id, currentCaller.actor());
        return Response.ok(document.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + document.filename() + "\"")
                .build();
    }

    /** Not resolved: referred to litigation, arbitration or the competent department (which must be named). */
    @HandlesCases
    @POST
    @Path("{id}/refer")
    public CaseView refer(@PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull ReferralForm form) {
        if (form.getTo() == org.onedoor.cases.casefiles.entity.Referral.COMPETENT_DEPARTMENT
                && (form.getDepartment() == null || form.getDepartment().isBlank())) {
            throw new InvalidInputException("department", "case.department.required");
        }
        String actor = currentCaller.actor();
        return desk.change(
                code,
                id,
                (caseFile, center) -> caseFile.referTo(
                        center,
                        form.getTo(),
                        form.getDepartment(),
                        form.getReason().strip(),
                        actor));
    }

    @HandlesCases
    @POST
    @Path("{id}/follow-up")
    public CaseView followUp(
            @PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull FollowUpForm form) {
        String actor = currentCaller.actor();
        return desk.change(
                code,
                id,
                (caseFile, center) -> caseFile.followUp(center, form.getSatisfaction(), form.getNotes(), actor));
    }

    @HandlesCases
    @POST
    @Path("{id}/close")
    public CaseView close(@PathParam("code") String code, @PathParam("id") UUID id) {
        String actor = currentCaller.actor();
        return desk.change(code, id, (caseFile, center) -> caseFile.close(center, actor));
    }

    /** Escalation (提级) to the parent center, with the whole case file; this center keeps following it. */
    @HandlesCases
    @POST
    @Path("{id}/escalate")
    public CaseView escalate(
            @PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull EscalationForm form) {
        return desk.escalate(code, id, form.getReason(), currentCaller.actor());
    }

    /** The full value of one personal-data field of a party, recorded with the reason given. */
    @RevealsPersonalData
    @POST
    @Path("{id}/parties/{party}/reveal")
    @Operation(
            summary = "Reveals one personal-data field of a party in full; the reveal is recorded first",
            description = "Permission (ADR 0012): the center's mediators, leaders and administrator. Any other"
                    + " member (receptionist, grid worker, department liaison, auditor) is refused with 403;"
                    + " a caller outside the center, or an official, gets 404. The read-only copy an escalation"
                    + " leaves at the first receiver refuses with 409, like every other action there. The"
                    + " record holds who (username), whose (case and party), which field, when and why.")
    @APIResponse(responseCode = "200", description = "{\"field\":\"PHONE\",\"value\":\"13812345678\"}")
    @APIResponse(responseCode = "400", description = "no field, an unknown field, or no reason (4 to 200 characters)")
    @APIResponse(responseCode = "403", description = "a member of the center without the permission to reveal")
    @APIResponse(responseCode = "404", description = "center, case or party unknown to the caller")
    @APIResponse(responseCode = "409", description = "the case was escalated: this copy is read-only")
    public Map<String, String> reveal(
            @PathParam("code") String code,
            @PathParam("id") UUID id,
            @PathParam("party") UUID party,
            @Valid @NotNull RevealForm form) {
        String value = desk.reveal(code, id, party, form, currentCaller.actor());
        return Map.of("field", form.getField().name(), "value", value == null ? "" : value);
    }

    @ReviewsReveals
    @GET
    @Path("{id}/reveals")
    @Operation(
            summary = "The record of a case's reveals (append-only)",
            description = "The center's administrator and auditors; other members 403, anyone else 404.")
    public List<Reveals.Reveal> reveals(@PathParam("code") String code, @PathParam("id") UUID id) {
        return desk.reveals(code, id);
    }
}
