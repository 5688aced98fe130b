package org.onedoor.cases.casefiles.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.cases.casefiles.control.CaseView;
import org.onedoor.cases.casefiles.control.CaseViews;
import org.onedoor.cases.casefiles.entity.CaseFilter;
import org.onedoor.cases.casefiles.entity.HandlesCases;
import org.onedoor.cases.casefiles.entity.OpensCases;
import org.onedoor.cases.casefiles.entity.ReadsCases;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.security.control.CurrentCaller;

/**
 * A center's case files: {@code /t/{code}/cases}. Opened by dispatch from the front desk, worked by
 * the center's mediators: accept, sessions, grade, resolve with an agreement or refer, follow-up,
 * close. Escalation, reveals of personal data and the agreement PDF have their own resources in
 * their components.
 */
@Path("t/{code}/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

    @Inject
    CaseDesk desk;

    @Inject
    CaseViews views;

    @Inject
    CurrentCaller currentCaller;

    /** Opens the case of a dispatched matter: 201, or 200 with the same case when it is already open. */
    @OpensCases
    @POST
    @APIResponse(
            responseCode = "201",
            description = "opened; Location: the case file",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @APIResponse(
            responseCode = "200",
            description = "already opened for this matter: the same case file",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    public Response open(@PathParam("code") String code, @Valid @NotNull DispatchForm form, @Context UriInfo uri) {
        CaseDesk.Opened opened = desk.open(code, form, currentCaller.acting());
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
    @Operation(
            summary = "The center's case files, newest first, one page at a time",
            description = "Filters combine: state, room (id), from/to (days the case was opened, YYYY-MM-DD, in the"
                    + " centers' time zone), q (text in the ticket or case number). page from 0, size 1–200"
                    + " (50 by default). Answers {items, page, size, total}; a bad parameter 400 naming it.")
    public Page<CaseView> list(
            @PathParam("code") String code,
            @QueryParam("state") String state,
            @QueryParam("room") String room,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("q") String text,
            @Parameter(description = "a username, or me: the cases assigned to them") @QueryParam("assignee")
                    String assignee,
            @Parameter(description = "ON_TIME, DUE_SOON, OVERDUE, MET, LATE or NONE") @QueryParam("mark") String mark,
            @Parameter(description = "newest (default) or deadline: the nearest deadline first") @QueryParam("sort")
                    String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        String person = "me".equals(assignee) ? currentCaller.acting().username() : assignee;
        return views.list(
                code, CaseFilter.of(state, room, from, to, text, person, mark, sort), PageRequest.of(page, size));
    }

    @ReadsCases
    @GET
    @Path("{id}")
    public CaseView get(@PathParam("code") String code, @PathParam("id") UUID id) {
        return views.get(code, id);
    }

    @ReadsCases
    @GET
    @Path("{id}/timeline")
    public List<CaseView.Step> timeline(@PathParam("code") String code, @PathParam("id") UUID id) {
        return views.timeline(code, id);
    }

    @HandlesCases
    @POST
    @Path("{id}/accept")
    public CaseView accept(@PathParam("code") String code, @PathParam("id") UUID id) {
        return desk.accept(code, id, currentCaller.acting());
    }

    @HandlesCases
    @POST
    @Path("{id}/sessions")
    public CaseView session(
            @PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull SessionForm form) {
        return desk.recordSession(code, id, form, currentCaller.acting());
    }

    @HandlesCases
    @PUT
    @Path("{id}/grade")
    public CaseView regrade(@PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull GradeForm form) {
        return desk.regrade(code, id, form, currentCaller.acting());
    }

    /** Resolved: the mediation agreement is recorded; its PDF is at {@code agreement.pdf}. */
    @HandlesCases
    @POST
    @Path("{id}/resolve")
    public CaseView resolve(
            @PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull AgreementForm form) {
        return desk.resolve(code, id, form, currentCaller.acting());
    }

    /** Not resolved: referred to litigation, arbitration or the competent department (which must be named). */
    @HandlesCases
    @POST
    @Path("{id}/refer")
    public CaseView refer(@PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull ReferralForm form) {
        return desk.refer(code, id, form, currentCaller.acting());
    }

    @HandlesCases
    @POST
    @Path("{id}/follow-up")
    public CaseView followUp(
            @PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull FollowUpForm form) {
        return desk.followUp(code, id, form, currentCaller.acting());
    }

    /** Names who works on the case: one of its room's mediators (issue #15.4). */
    @HandlesCases
    @PUT
    @Path("{id}/assignee")
    @APIResponse(
            responseCode = "200",
            description = "the case, with its assignee",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "the person is not a mediator of the case's room, or it has none")
    @APIResponse(responseCode = "403", description = "neither a leader here nor a mediator of the case's room")
    public CaseView assign(
            @PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull AssigneeForm form) {
        return desk.assign(code, id, form, currentCaller.acting());
    }

    /** Extends the time limit (延期) once more, as the case's rule allows, with both parties' consent. */
    @HandlesCases
    @POST
    @Path("{id}/extensions")
    @APIResponse(
            responseCode = "200",
            description = "the case, with its deadline moved",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "no reason, or the parties' consent not given")
    @APIResponse(responseCode = "409", description = "no extension left, or the clock is not running")
    public CaseView extend(
            @PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull ExtensionForm form) {
        return desk.extend(code, id, form, currentCaller.acting());
    }

    /** Records a routine visit (走访) the case's path requires; the next visit's due date moves. */
    @HandlesCases
    @POST
    @Path("{id}/visits")
    @APIResponse(
            responseCode = "200",
            description = "the case, with the visit done and the next one due",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "400", description = "no note")
    @APIResponse(responseCode = "409", description = "the path requires no visits, or the case is concluded")
    public CaseView visit(@PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull VisitForm form) {
        return desk.visit(code, id, form, currentCaller.acting());
    }

    /** Suspends the clock (中止), e.g. while an expert assessment is awaited. */
    @HandlesCases
    @PUT
    @Path("{id}/suspension")
    @APIResponse(
            responseCode = "200",
            description = "the case, its clock suspended",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "already suspended, or the clock is not running")
    public CaseView suspend(
            @PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull SuspensionForm form) {
        return desk.suspend(code, id, form, currentCaller.acting());
    }

    /** The clock runs again; the deadline moves by the time it stood. */
    @HandlesCases
    @DELETE
    @Path("{id}/suspension")
    @APIResponse(
            responseCode = "200",
            description = "the case, its clock running again with the deadline moved",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "not suspended")
    public CaseView resume(@PathParam("code") String code, @PathParam("id") UUID id) {
        return desk.resume(code, id, currentCaller.acting());
    }

    @HandlesCases
    @POST
    @Path("{id}/close")
    public CaseView close(@PathParam("code") String code, @PathParam("id") UUID id) {
        return desk.close(code, id, currentCaller.acting());
    }
}
