package org.onedoor.admin.identities.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.onedoor.admin.identities.control.Staff;
import org.onedoor.admin.identities.entity.Member;
import org.onedoor.admin.tenants.control.Delegation;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.ManagesStaff;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.paging.entity.Page;
import org.onedoor.platform.paging.entity.PageRequest;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Roles;

/**
 * A center's staff and their roles in it ({@code /t/{code}/members}), kept in the identity
 * provider. The center's administrators, and those of the centers above it, manage them. No
 * {@code @RolesAllowed}: {@link Delegation} answers 404 for a center the caller may not see before it
 * answers 403 for missing roles, so a stranger learns nothing about the center. The rules are
 * {@link Staff}'s, shared with the members panel.
 */
@ManagesStaff
@Path("t/{code}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {

    private static final int SEARCH_LENGTH = 100;

    @Inject
    Staff staff;

    @Inject
    TenantRegistry registry;

    @Inject
    Delegation delegation;

    @Inject
    CurrentCaller currentCaller;

    /**
     * A role for someone. Naming an account that exists needs {@code confirmExistingAccount: true};
     * without it the answer is 409 saying whose the account is.
     */
    public record Grant(String username, String role, String email, String name, Boolean confirmExistingAccount) {}

    /**
     * A page of the center's members by username (a person holding two roles is listed twice), only
     * those in {@code role} when given, only those whose username or name contains {@code q}.
     */
    @GET
    public Page<Member> members(
            @PathParam("code") String code,
            @QueryParam("role") String role,
            @QueryParam("q") String text,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Tenant center = staffOf(code);
        PageRequest request = PageRequest.of(page, size);
        String inRole = role == null || role.isBlank() ? null : role.strip();
        if (inRole != null && !Staff.CENTER_ROLES.contains(inRole) && !Roles.INTEGRATION.equals(inRole)) {
            throw new InvalidInputException("role", "member.role.filter.unknown", role);
        }
        if (text != null && text.strip().length() > SEARCH_LENGTH) {
            throw new InvalidInputException("q", "member.q.too-long", SEARCH_LENGTH);
        }
        String wanted = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        List<Member> matching = staff.members(center).stream()
                .filter(member -> inRole == null || member.role().equals(inRole))
                .filter(member -> wanted == null
                        || member.username().contains(wanted)
                        || member.name().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
        return Page.of(
                matching.stream().skip(request.offset()).limit(request.size()).toList(), request, matching.size());
    }

    /**
     * Gives someone a role in the center; an unknown username gets an account with a temporary
     * password, an existing one only when the caller confirmed it (409 otherwise). Recorded.
     */
    @POST
    @APIResponse(
            responseCode = "201",
            description = "granted (and the account created, with its temporary password, when it was new)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Staff.Granted.class)))
    public Response grant(@PathParam("code") String code, Grant grant) {
        Tenant center = staffOf(code);
        if (grant == null) {
            throw new InvalidInputException("username", "member.username.missing");
        }
        Staff.Granted granted = staff.grant(
                currentCaller.require(),
                center,
                grant.username(),
                grant.role(),
                grant.email(),
                grant.name(),
                grant.confirmExistingAccount());
        return Response.status(Response.Status.CREATED).entity(granted).build();
    }

    @DELETE
    @Path("{username}/roles/{role}")
    @APIResponse(responseCode = "204", description = "revoked")
    public Response revoke(
            @PathParam("code") String code, @PathParam("username") String username, @PathParam("role") String role) {
        staff.revoke(currentCaller.require(), staffOf(code), username, role);
        return Response.noContent().build();
    }

    private Tenant staffOf(String code) {
        Tenant center = registry.find(code).orElseThrow(() -> new NotFoundException("center.not-found", code));
        delegation.requireMayManageStaff(currentCaller.require(), center);
        return center;
    }
}
