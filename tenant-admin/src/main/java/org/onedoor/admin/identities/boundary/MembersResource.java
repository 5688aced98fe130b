package org.onedoor.admin.identities.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.keycloak.representations.idm.UserRepresentation;
import org.onedoor.admin.identities.control.AccountRules;
import org.onedoor.admin.identities.control.ExistingAccounts;
import org.onedoor.admin.identities.control.IdentityProvider;
import org.onedoor.admin.identities.control.RoleChanges;
import org.onedoor.admin.tenants.control.Delegation;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.ManagesStaff;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.problems.entity.Violation;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.Roles;

/**
 * A center's staff and their roles in it ({@code /t/{code}/members}), kept in the identity
 * provider. The center's administrators, and those of the centers above it, manage them. No
 * {@code @RolesAllowed}: {@link Delegation} answers 404 for a center the caller may not see before it
 * answers 403 for missing roles, so a stranger learns nothing about the center.
 */
@ManagesStaff
@Path("t/{code}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembersResource {

    /** The roles a center can give; platform operator and integrations are not center roles. */
    public static final List<String> CENTER_ROLES = List.of(
            Roles.TENANT_ADMIN,
            Roles.RECEPTIONIST,
            Roles.MEDIATOR,
            Roles.DEPARTMENT_LIAISON,
            Roles.LEADER,
            Roles.GRID_WORKER,
            Roles.OFFICIAL,
            Roles.AUDITOR);

    @Inject
    IdentityProvider identities;

    @Inject
    TenantRegistry registry;

    @Inject
    Delegation delegation;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ExistingAccounts existingAccounts;

    @Inject
    RoleChanges roleChanges;

    public record Member(String username, String name, String role) {}

    /**
     * A role for someone. Naming an account that exists needs {@code confirmExistingAccount: true};
     * without it the answer is 409 saying whose the account is.
     */
    public record Grant(String username, String role, String email, String name, Boolean confirmExistingAccount) {}

    @GET
    public List<Member> members(@PathParam("code") String code) {
        Tenant center = staffOf(code);
        List<Member> members = new ArrayList<>();
        identities
                .members(registry.path(center.code().value()))
                .forEach((role, users) ->
                        users.forEach(user -> members.add(new Member(user.getUsername(), name(user), role))));
        return members;
    }

    /**
     * Gives someone a role in the center; an unknown username gets an account with a temporary
     * password, an existing one only when the caller confirmed it (409 otherwise). Recorded.
     */
    @POST
    public Response grant(@PathParam("code") String code, Grant grant) {
        Tenant center = staffOf(code);
        if (grant == null) {
            throw new InvalidInputException("username", "member.username.missing");
        }
        List<Violation> violations = new ArrayList<>();
        if (grant.username() == null || grant.username().isBlank()) {
            violations.add(new Violation("username", "member.username.missing"));
        }
        if (!CENTER_ROLES.contains(grant.role())) {
            violations.add(new Violation("role", "member.role.unknown", String.valueOf(grant.role())));
        }
        violations.addAll(AccountRules.check(
                "member", "username", grant.username(), "email", grant.email(), "name", grant.name()));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Caller caller = currentCaller.require();
        String login = AccountRules.normalized(grant.username());
        existingAccounts.requireConfirmed(caller, login, grant.confirmExistingAccount());
        IdentityProvider.Account account = identities.ensureAccount(login, blank(grant.email()), blank(grant.name()));
        if (identities.grant(registry.path(center.code().value()), account.username(), grant.role())) {
            roleChanges.granted(center.code().value(), account.username(), grant.role(), caller.username());
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("username", account.username());
        body.put("role", grant.role());
        body.put("accountCreated", account.created());
        if (account.temporaryPassword() != null) {
            body.put("temporaryPassword", account.temporaryPassword());
        }
        return Response.status(Response.Status.CREATED).entity(body).build();
    }

    @DELETE
    @Path("{username}/roles/{role}")
    public Response revoke(
            @PathParam("code") String code, @PathParam("username") String username, @PathParam("role") String role) {
        Tenant center = staffOf(code);
        if (!CENTER_ROLES.contains(role)) {
            throw new NotFoundException("member.role.unknown", role);
        }
        String login = AccountRules.normalized(username);
        if (!AccountRules.validUsername(login)) {
            throw new NotFoundException("member.not-found", String.valueOf(username));
        }
        identities.revoke(registry.path(center.code().value()), login, role);
        roleChanges.revoked(
                center.code().value(), login, role, currentCaller.require().username());
        return Response.noContent().build();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Tenant staffOf(String code) {
        Caller caller = currentCaller.require();
        Tenant center = registry.find(code).orElseThrow(() -> new NotFoundException("center.not-found", code));
        delegation.requireMayManageStaff(caller, center);
        return center;
    }

    private static String name(UserRepresentation user) {
        String family = user.getLastName() == null ? "" : user.getLastName();
        String given = user.getFirstName() == null ? "" : user.getFirstName();
        return (family + given).isBlank() ? user.getUsername() : family + given;
    }
}
