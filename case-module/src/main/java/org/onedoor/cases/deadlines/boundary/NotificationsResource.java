package org.onedoor.cases.deadlines.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.onedoor.cases.deadlines.control.Notifications;
import org.onedoor.cases.workbench.control.MyRooms;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Roles;
import org.onedoor.platform.security.entity.WorksInCenter;
import org.onedoor.platform.tenancy.control.TenantScope;

/**
 * The caller's notifications in a center ({@code /t/{code}/notifications}): reminders (催办) of due
 * and overdue cases, to them, to a role they hold there or to a room they mediate in.
 */
@Path("t/{code}/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class NotificationsResource {

    @Inject
    TenantScope tenantScope;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Notifications notifications;

    @Inject
    MyRooms myRooms;

    public record Unread(long unread) {}

    @WorksInCenter
    @GET
    public Page<Notifications.Notification> list(
            @PathParam("code") String code,
            @Parameter(description = "true: only those not read yet") @QueryParam("unread") boolean unread,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return notifications.of(reader(code), unread, request);
    }

    @WorksInCenter
    @GET
    @Path("unread")
    public Unread unread(@PathParam("code") String code) {
        return new Unread(notifications.unread(reader(code)));
    }

    @WorksInCenter
    @POST
    @Path("{id}/read")
    public Unread read(@PathParam("code") String code, @PathParam("id") UUID id) {
        Notifications.Reader reader = reader(code);
        notifications.read(reader, id);
        return new Unread(notifications.unread(reader));
    }

    private Notifications.Reader reader(String code) {
        tenantScope.enter(code);
        String username = currentCaller.acting().username();
        Set<String> roles = currentCaller.require().rolesIn(code);
        List<UUID> rooms = roles.contains(Roles.MEDIATOR)
                ? myRooms.of(code, username).stream().map(MyRooms.Room::id).toList()
                : List.of();
        return new Notifications.Reader(username, roles, rooms);
    }
}
