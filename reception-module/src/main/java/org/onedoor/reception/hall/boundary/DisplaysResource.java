package org.onedoor.reception.hall.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.AdministersCenter;
import org.onedoor.reception.hall.control.DisplayLinks;
import org.onedoor.reception.hall.entity.DisplayLink;

/**
 * The center's hall display links ({@code /t/{code}/displays}): its administrators make one for each
 * television, see them all and revoke one. Admitted before the request is read (ADR 0017): a stranger
 * gets 404, a member who does not administer the center 403.
 */
@AdministersCenter
@Path("t/{code}/displays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisplaysResource {

    @Inject
    DisplayLinks links;

    @Inject
    CurrentCaller currentCaller;

    /** What a new link needs: a label saying which screen it is for. */
    public record NewDisplayLink(String label) {}

    @GET
    @Operation(summary = "The center's display links, newest first, revoked ones included; never their tokens")
    public Page<DisplayLinkView> list(
            @PathParam("code") String code, @QueryParam("page") String page, @QueryParam("size") String size) {
        return links.list(code, PageRequest.of(page, size)).map(DisplayLinkView::of);
    }

    @POST
    @APIResponse(
            responseCode = "201",
            description = "made; the answer carries the display's address with its token, this once only",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = IssuedDisplayLink.class)))
    public Response create(@PathParam("code") String code, NewDisplayLink form, @Context UriInfo uri) {
        if (form == null) {
            throw new InvalidInputException("label", "display.label.invalid", DisplayLink.LABEL_MAX);
        }
        DisplayLinks.Issued issued = links.create(code, form.label(), currentCaller.actor());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(issued.link().id().toString())
                        .build())
                .entity(IssuedDisplayLink.of(issued, moduleRoot(uri)))
                .build();
    }

    @GET
    @Path("{id}")
    public DisplayLinkView get(@PathParam("code") String code, @PathParam("id") UUID id) {
        return DisplayLinkView.of(links.get(code, id));
    }

    /** Revokes the link; its display stops within a quarter minute. Revoking it again changes nothing. */
    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "revoked")
    public Response revoke(@PathParam("code") String code, @PathParam("id") UUID id) {
        links.revoke(code, id, currentCaller.actor());
        return Response.noContent().build();
    }

    /** The module's address: two levels above the API's base, {@code …/reception/api/v1/}. */
    private static URI moduleRoot(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return URI.create(base.endsWith("/") ? base : base + "/").resolve("../../");
    }
}
