package org.onedoor.reception.matters.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.reception.matters.entity.ReadsMatters;
import org.onedoor.reception.matters.entity.WorksTheDesk;

/** The front desk of a center: {@code /t/{code}/matters} — register (挂号), dispatch (派单), the day's list. */
@Path("t/{code}/matters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MattersResource {

    @Inject
    FrontDesk desk;

    @Inject
    CurrentCaller currentCaller;

    /** Registers a matter: a ticket, the suggested room, and any other open matter of the same resident. */
    @WorksTheDesk
    @POST
    @APIResponse(
            responseCode = "201",
            description = "registered (and dispatched when routing names a room); Location: the matter",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MatterView.class)))
    public Response register(@PathParam("code") String code, @Valid @NotNull MatterForm form, @Context UriInfo uri) {
        MatterView view = desk.register(code, form.toNewMatter(), currentCaller.acting());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view)
                .build();
    }

    /** The matters of one day (today by default), newest first, one page at a time. */
    @ReadsMatters
    @GET
    @Operation(
            summary = "The center's matters of one day, newest first, one page at a time",
            description = "day (YYYY-MM-DD, the tickets' day; today by default), state (REGISTERED or DISPATCHED),"
                    + " page from 0, size 1–200 (50 by default). Answers {items, page, size, total}.")
    public Page<MatterView> list(
            @PathParam("code") String code,
            @QueryParam("day") String day,
            @QueryParam("state") String state,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return desk.list(code, day, state, PageRequest.of(page, size));
    }

    @ReadsMatters
    @GET
    @Path("{id}")
    public MatterView get(@PathParam("code") String code, @PathParam("id") UUID id) {
        return desk.get(code, id);
    }

    /** Dispatches to the chosen room (or {@code roomId}); the case module opens the case file at once. */
    @WorksTheDesk
    @POST
    @Path("{id}/dispatch")
    public MatterView dispatch(@PathParam("code") String code, @PathParam("id") UUID id, DispatchForm form) {
        return desk.dispatch(code, id, form == null ? null : form.getRoomId(), currentCaller.actor());
    }

    /** What the hall display shows: today's dispatched tickets and their rooms. */
    @ReadsMatters
    @GET
    @Path("hall")
    public List<FrontDesk.HallEntry> hall(@PathParam("code") String code) {
        return desk.hall(code);
    }

    /** Optional choice of another room at dispatch. */
    public static class DispatchForm {
        private UUID roomId;

        public UUID getRoomId() {
            return roomId;
        }

        public void setRoomId(UUID roomId) {
            this.roomId = roomId;
        }
    }
}
