package org.onedoor.admin.tenants.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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
import java.util.Locale;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.admin.identities.control.IdentityProvider;
import org.onedoor.admin.tenants.control.Delegation;
import org.onedoor.admin.tenants.control.Onboarding;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.AdministersTenant;
import org.onedoor.admin.tenants.entity.NewCenter;
import org.onedoor.admin.tenants.entity.ReadsTenant;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.Roles;
import org.onedoor.platform.tenancy.entity.TenantStatus;

/**
 * The tenant tree: centers, their children, their life cycle. Calls that name a center check the
 * caller's roles in {@link Delegation}, after its visibility: a center the caller may not see
 * answers 404 whatever the caller's roles, and only one it may see answers 403.
 */
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantsResource {

    @Inject
    TenantRegistry registry;

    @Inject
    Delegation delegation;

    @Inject
    Onboarding onboarding;

    @Inject
    CurrentCaller currentCaller;

    /** The tops of the tree the caller may see: all top centers for the operator, else the caller's own centers. */
    @GET
    @RolesAllowed({Roles.PLATFORM_OPERATOR, Roles.TENANT_ADMIN})
    public List<TenantView> tops() {
        Caller caller = currentCaller.require();
        List<Tenant> tops = Delegation.isOperator(caller) ? registry.roots() : registry.all(caller.centers());
        return tops.stream().map(TenantView::of).toList();
    }

    @GET
    @Path("{code}")
    @ReadsTenant
    public TenantView get(@PathParam("code") String code) {
        Tenant center = visible(code);
        return TenantView.of(center, registry.provisioning(code));
    }

    @GET
    @Path("{code}/children")
    @ReadsTenant
    public Page<TenantView> children(
            @PathParam("code") String code,
            @QueryParam("status") String status,
            @QueryParam("q") String text,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        visible(code);
        PageRequest request = PageRequest.of(page, size);
        return registry.children(code, statusOf(status), textOf(text), request).map(TenantView::of);
    }

    private static TenantStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return TenantStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("status", "tenant.status.unknown", status);
        }
    }

    private static String textOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > 100) {
            throw new InvalidInputException("q", "tenant.q.too-long", 100);
        }
        return text.strip();
    }

    /** Opens a new center; answers 201 with its location, and the first administrator's temporary password once. */
    @POST
    @RolesAllowed({Roles.PLATFORM_OPERATOR, Roles.TENANT_ADMIN})
    @APIResponse(
            responseCode = "201",
            description =
                    "opened (provisioning follows); the first administrator's temporary password is shown this once",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Opened.class)))
    public Response create(NewCenter request, @Context UriInfo uri) {
        if (request == null) {
            throw new BadRequestException();
        }
        Onboarding.Created created = onboarding.create(currentCaller.require(), request);
        IdentityProvider.Account account = created.administrator();
        Opened body = new Opened(
                TenantView.of(created.center()),
                account == null
                        ? null
                        : new Opened.Administrator(account.username(), account.created(), account.temporaryPassword()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.center().code().value())
                        .build())
                .entity(body)
                .build();
    }

    public record Rename(String name) {}

    /** A center just opened, with its first administrator when one was named (the password shown this once). */
    public record Opened(TenantView center, Administrator administrator) {

        public record Administrator(String username, boolean accountCreated, String temporaryPassword) {}
    }

    @PUT
    @Path("{code}/name")
    @AdministersTenant
    public TenantView rename(@PathParam("code") String code, Rename rename) {
        return TenantView.of(onboarding.rename(currentCaller.require(), code, rename == null ? null : rename.name()));
    }

    @POST
    @Path("{code}/suspend")
    @AdministersTenant
    public TenantView suspend(@PathParam("code") String code) {
        return TenantView.of(onboarding.suspend(currentCaller.require(), code));
    }

    @POST
    @Path("{code}/reactivate")
    @AdministersTenant
    public TenantView reactivate(@PathParam("code") String code) {
        return TenantView.of(onboarding.reactivate(currentCaller.require(), code));
    }

    @POST
    @Path("{code}/archive")
    @AdministersTenant
    public TenantView archive(@PathParam("code") String code) {
        return TenantView.of(onboarding.archive(currentCaller.require(), code));
    }

    @POST
    @Path("{code}/retry")
    @AdministersTenant
    public TenantView retry(@PathParam("code") String code) {
        Tenant center = onboarding.retry(currentCaller.require(), code);
        return TenantView.of(center, registry.provisioning(code));
    }

    private Tenant visible(String code) {
        Tenant center = registry.find(code)
                .orElseThrow(() -> new NotFoundException("center.not-found", Objects.toString(code)));
        delegation.requireMayRead(currentCaller.require(), center);
        return center;
    }
}
