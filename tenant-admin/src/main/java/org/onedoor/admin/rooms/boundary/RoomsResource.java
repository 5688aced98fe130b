package org.onedoor.admin.rooms.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.admin.rooms.control.Rooms;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.AdministersCenter;
import org.onedoor.platform.security.entity.WorksInCenter;
import org.onedoor.platform.tenancy.control.TenantScope;

/** A center's mediation rooms: {@code /t/{code}/rooms}. Every member reads; administrators change. */
@Path("t/{code}/rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class RoomsResource {

    @Inject
    TenantScope tenantScope;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Rooms rooms;

    /** Every room, or with {@code mediator} the rooms that mediator works in. */
    @WorksInCenter
    @GET
    public List<RoomView> list(@PathParam("code") String code, @QueryParam("mediator") String mediator) {
        tenantScope.enter(code);
        return (mediator == null ? rooms.all() : rooms.of(mediator))
                .stream().map(RoomView::of).toList();
    }

    @WorksInCenter
    @GET
    @Path("{id}")
    public RoomView get(@PathParam("code") String code, @PathParam("id") UUID id) {
        tenantScope.enter(code);
        return RoomView.of(rooms.get(id));
    }

    @AdministersCenter
    @POST
    @APIResponse(
            responseCode = "201",
            description = "opened; Location: the room",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoomView.class)))
    public Response open(@PathParam("code") String code, @Valid @NotNull RoomForm form, @Context UriInfo uri) {
        tenantScope.enter(code, AdministersCenter.class);
        RoomView room = RoomView.of(rooms.open(
                form.getName(), form.getType(), form.getLocation(), form.mediatorUsernames(), currentCaller.actor()));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(room.id().toString()).build())
                .entity(room)
                .build();
    }

    @AdministersCenter
    @PUT
    @Path("{id}")
    public RoomView describe(@PathParam("code") String code, @PathParam("id") UUID id, @Valid @NotNull RoomForm form) {
        tenantScope.enter(code, AdministersCenter.class);
        return RoomView.of(rooms.describe(
                id,
                form.getVersion(),
                form.getName(),
                form.getType(),
                form.getLocation(),
                form.mediatorUsernames(),
                currentCaller.actor()));
    }

    /** Closed rooms get no dispatches; their cases stay where they are. */
    @AdministersCenter
    @POST
    @Path("{id}/close")
    public RoomView close(@PathParam("code") String code, @PathParam("id") UUID id) {
        tenantScope.enter(code, AdministersCenter.class);
        var room = rooms.get(id);
        room.close(currentCaller.actor());
        return RoomView.of(room);
    }

    @AdministersCenter
    @POST
    @Path("{id}/open")
    public RoomView reopen(@PathParam("code") String code, @PathParam("id") UUID id) {
        tenantScope.enter(code, AdministersCenter.class);
        var room = rooms.get(id);
        room.reopen(currentCaller.actor());
        return RoomView.of(room);
    }
}
