package org.onedoor.admin.identities.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.onedoor.admin.identities.control.IdentityProvider;
import org.onedoor.admin.tenants.control.Delegation;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.ManagesStaff;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.security.control.CurrentCaller;

/**
 * Other systems connected to a center ({@code /t/{code}/integrations/{clientId}}): once connected, the
 * 12345 hotline's or petition system's client-credentials tokens may push matters into the center.
 * Who may manage the center's staff may connect and disconnect them.
 */
@ManagesStaff
@Path("t/{code}/integrations/{clientId}")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationsResource {

    @Inject
    IdentityProvider identities;

    @Inject
    TenantRegistry registry;

    @Inject
    Delegation delegation;

    @Inject
    CurrentCaller currentCaller;

    @PUT
    public Response connect(@PathParam("code") String code, @PathParam("clientId") String clientId) {
        identities.connectClient(registry.path(managed(code).code().value()), clientId);
        return Response.noContent().build();
    }

    @DELETE
    public Response disconnect(@PathParam("code") String code, @PathParam("clientId") String clientId) {
        identities.disconnectClient(registry.path(managed(code).code().value()), clientId);
        return Response.noContent().build();
    }

    private Tenant managed(String code) {
        Tenant center = registry.find(code).orElseThrow(() -> new NotFoundException("center.not-found", code));
        delegation.requireMayManageStaff(currentCaller.require(), center);
        return center;
    }
}
