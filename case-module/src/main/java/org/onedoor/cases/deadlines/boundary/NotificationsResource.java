package org.onedoor.cases.deadlines.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.onedoor.cases.deadlines.control.Notifications;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.security.entity.WorksInCenter;

/**
 * The caller's notifications in a center ({@code /t/{code}/notifications}): reminders (催办) of due
 * and overdue cases, to them, to a role they hold there or to a room they mediate in.
 */
@Path("t/{code}/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    Inbox inbox;

    public record Unread(long unread) {}

    @WorksInCenter
    @GET
    public Page<Notifications.Notification> list(
            @PathParam("code") String code,
            @Parameter(description = "true: only those not read yet") @QueryParam("unread") boolean unread,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        return inbox.list(code, unread, request);
    }

    @WorksInCenter
    @GET
    @Path("unread")
    public Unread unread(@PathParam("code") String code) {
        return new Unread(inbox.unread(code));
    }

    @WorksInCenter
    @POST
    @Path("{id}/read")
    public Unread read(@PathParam("code") String code, @PathParam("id") UUID id) {
        return new Unread(inbox.read(code, id));
    }
}
