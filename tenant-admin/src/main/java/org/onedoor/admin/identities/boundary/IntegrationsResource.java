package org.onedoor.admin.identities.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.admin.identities.control.IntegrationClients;
import org.onedoor.admin.identities.control.RoleChanges;
import org.onedoor.admin.identities.entity.Integration;
import org.onedoor.admin.tenants.control.Delegation;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.ManagesStaff;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.Roles;

/**
 * The other systems that push matters into a center ({@code /t/{code}/integrations}): the 12345
 * hotline, the petition system, a grid platform. A center's administrator creates one of the
 * center's own — its own client and secret, shown once — and may connect it to other centers they
 * also administer; it pushes only into the centers connected to it. Only the owner center rotates
 * its secret or deletes it; another center can only disconnect it. Module clients are never
 * integrations. Who may manage the center's staff manages its integrations (admitted before the
 * request is read); every connection and disconnection is recorded with the role changes.
 */
@ManagesStaff
@Path("t/{code}/integrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntegrationsResource {

    @Inject
    IntegrationClients integrations;

    @Inject
    TenantRegistry registry;

    @Inject
    Delegation delegation;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    RoleChanges roleChanges;

    public record NewIntegration(String name) {}

    public record Connected(
            String clientId, String name, String owner, String createdBy, OffsetDateTime createdAt, boolean owned) {}

    /** An integration with its secret: the only answer that ever shows it. */
    public record Credentials(String clientId, String name, String owner, String secret) {}

    @GET
    public Page<Connected> list(
            @PathParam("code") String code, @QueryParam("page") String page, @QueryParam("size") String size) {
        Tenant center = managed(code);
        PageRequest request = PageRequest.of(page, size);
        List<Integration> connected =
                integrations.connectedTo(registry.path(center.code().value()));
        return Page.of(
                        connected.stream()
                                .skip(request.offset())
                                .limit(request.size())
                                .toList(),
                        request,
                        connected.size())
                .map(found -> new Connected(
                        found.clientId(),
                        found.name(),
                        found.owner(),
                        found.createdBy(),
                        found.createdAt(),
                        found.ownedBy(center.code().value())));
    }

    /** A new integration owned by the center and connected to it; 201 with its secret, shown this once. */
    @POST
    @APIResponse(
            responseCode = "201",
            description = "created and connected to the center; the secret is shown this once",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Credentials.class)))
    public Response create(@PathParam("code") String code, NewIntegration form) {
        Tenant center = managed(code);
        if (form == null || !Integration.validName(form.name())) {
            throw new InvalidInputException("name", "integration.name.invalid", Integration.NAME_MAX);
        }
        Caller caller = currentCaller.require();
        IntegrationClients.Issued issued = integrations.create(center.code().value(), form.name(), caller.username());
        connect(center, issued.integration(), caller);
        return Response.created(UriBuilder.fromPath("t/{code}/integrations/{clientId}")
                        .build(center.code().value(), issued.integration().clientId()))
                .entity(credentials(issued.integration(), issued.secret()))
                .build();
    }

    /**
     * Connects an integration the caller may manage (one of a center they administer) to this center;
     * any other client id, a module's included, is not there (404).
     */
    @PUT
    @Path("{clientId}")
    @APIResponse(responseCode = "204", description = "connected")
    public Response connect(@PathParam("code") String code, @PathParam("clientId") String clientId) {
        Tenant center = managed(code);
        Caller caller = currentCaller.require();
        Integration integration = integrations
                .find(clientId)
                .filter(found -> registry.find(found.owner())
                        .filter(owner -> delegation.mayManageStaff(caller, owner))
                        .isPresent())
                .orElseThrow(() -> new NotFoundException("integration.client.unknown", clientId));
        connect(center, integration, caller);
        return Response.noContent().build();
    }

    /** A new secret for an integration of this center; the old one stops working at once. */
    @POST
    @Path("{clientId}/secret")
    public Credentials rotate(@PathParam("code") String code, @PathParam("clientId") String clientId) {
        Tenant center = managed(code);
        Integration integration = owned(center, clientId);
        return credentials(integration, integrations.rotate(integration));
    }

    /**
     * At the owner center: deletes the integration, ending every connection. Elsewhere: disconnects
     * it from this center. Its tokens die within {@link Integration#TOKEN_SECONDS} seconds.
     */
    @DELETE
    @Path("{clientId}")
    @APIResponse(responseCode = "204", description = "deleted (at its own center) or disconnected (elsewhere)")
    public Response remove(@PathParam("code") String code, @PathParam("clientId") String clientId) {
        Tenant center = managed(code);
        String actor = currentCaller.require().username();
        Integration integration =
                integrations.find(clientId).orElseThrow(() -> new NotFoundException("integration.not-found", clientId));
        if (integration.ownedBy(center.code().value())) {
            List<String> connected = integrations.connectedCenters(integration);
            integrations.delete(integration);
            connected.forEach(at -> roleChanges.revoked(at, serviceAccount(integration), Roles.INTEGRATION, actor));
        } else if (integrations.disconnect(registry.path(center.code().value()), integration)) {
            roleChanges.revoked(center.code().value(), serviceAccount(integration), Roles.INTEGRATION, actor);
        } else {
            throw new NotFoundException("integration.not-found", clientId);
        }
        return Response.noContent().build();
    }

    private void connect(Tenant center, Integration integration, Caller caller) {
        if (integrations.connect(registry.path(center.code().value()), integration)) {
            roleChanges.granted(
                    center.code().value(), serviceAccount(integration), Roles.INTEGRATION, caller.username());
        }
    }

    private Integration owned(Tenant center, String clientId) {
        return integrations
                .find(clientId)
                .filter(found -> found.ownedBy(center.code().value()))
                .orElseThrow(() -> new NotFoundException("integration.not-found", clientId));
    }

    private Tenant managed(String code) {
        Tenant center = registry.find(code).orElseThrow(() -> new NotFoundException("center.not-found", code));
        delegation.requireMayManageStaff(currentCaller.require(), center);
        return center;
    }

    private static String serviceAccount(Integration integration) {
        return "service-account-" + integration.clientId();
    }

    private static Credentials credentials(Integration integration, String secret) {
        return new Credentials(integration.clientId(), integration.name(), integration.owner(), secret);
    }
}
