package org.onedoor.admin.identities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.keycloak.representations.idm.UserRepresentation;
import org.onedoor.admin.identities.entity.Member;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.NotFoundException;
import org.onedoor.platform.problems.entity.Violation;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.Roles;

/**
 * A center's staff: who holds which role, granting and revoking one. The one place for these rules,
 * used by the members API and the members panel alike (issue #14.2); the caller's right to manage
 * the center's staff is checked before either comes here.
 */
@ApplicationScoped
public class Staff {

    /** The roles a center can give (see {@link Roles#CENTER_ROLES}). */
    public static final List<String> CENTER_ROLES = Roles.CENTER_ROLES;

    @Inject
    IdentityProvider identities;

    @Inject
    TenantRegistry registry;

    @Inject
    ExistingAccounts existingAccounts;

    @Inject
    RoleChanges roleChanges;

    /** A role given: to an account made now (with its temporary password, to hand over once) or one that existed. */
    public record Granted(String username, String role, boolean accountCreated, String temporaryPassword) {}

    /** The center's members, by username then role. */
    public List<Member> members(Tenant center) {
        List<Member> members = new ArrayList<>();
        identities
                .members(registry.path(center.code().value()))
                .forEach((role, users) ->
                        users.forEach(user -> members.add(new Member(user.getUsername(), nameOf(user), role))));
        members.sort(Comparator.comparing(Member::username).thenComparing(Member::role));
        return members;
    }

    /**
     * Gives {@code username} {@code role} in the center; an unknown username gets an account with a
     * temporary password, an existing one only when {@code confirmed} (409 otherwise, saying whose
     * it is). Broken rules answer 400 naming the field. Recorded when the membership is new.
     */
    public Granted grant(
            Caller caller, Tenant center, String username, String role, String email, String name, Boolean confirmed) {
        List<Violation> violations = new ArrayList<>();
        if (username == null || username.isBlank()) {
            violations.add(new Violation("username", "member.username.missing"));
        }
        if (!CENTER_ROLES.contains(role)) {
            violations.add(new Violation("role", "member.role.unknown", String.valueOf(role)));
        }
        violations.addAll(AccountRules.check("member", "username", username, "email", email, "name", name));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String login = AccountRules.normalized(username);
        existingAccounts.requireConfirmed(caller, login, confirmed);
        IdentityProvider.Account account = identities.ensureAccount(login, blankToNull(email), blankToNull(name));
        if (identities.grant(registry.path(center.code().value()), account.username(), role)) {
            roleChanges.granted(center.code().value(), account.username(), role, caller.username());
        }
        return new Granted(account.username(), role, account.created(), account.temporaryPassword());
    }

    /** Ends {@code username}'s {@code role} in the center; 404 when nobody holds it. Recorded. */
    public void revoke(Caller caller, Tenant center, String username, String role) {
        if (!CENTER_ROLES.contains(role)) {
            throw new NotFoundException("member.role.unknown", role);
        }
        String login = AccountRules.normalized(username);
        if (!AccountRules.validUsername(login)) {
            throw new NotFoundException("member.not-found", String.valueOf(username));
        }
        identities.revoke(registry.path(center.code().value()), login, role);
        roleChanges.revoked(center.code().value(), login, role, caller.username());
    }

    private static String nameOf(UserRepresentation user) {
        return IdentityProvider.displayName(user);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
