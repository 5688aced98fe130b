package org.onedoor.admin.identities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.onedoor.admin.tenants.control.Delegation;
import org.onedoor.admin.tenants.control.TenantRegistry;
import org.onedoor.admin.tenants.entity.Tenant;
import org.onedoor.platform.problems.entity.ConflictException;
import org.onedoor.platform.problems.entity.Violation;
import org.onedoor.platform.security.entity.Caller;

/**
 * Naming an account that already exists (as a new member, as a center's first administrator) is
 * explicit: without the caller's confirmation the answer is 409 saying whose the account is — its
 * name and the centers it works in, as far as the caller may see them; an account whose centers the
 * caller cannot see is only said to exist, so nobody learns names from outside their reach.
 */
@ApplicationScoped
public class ExistingAccounts {

    @Inject
    IdentityProvider identities;

    @Inject
    TenantRegistry registry;

    @Inject
    Delegation delegation;

    /** Refuses (409) naming the existing account {@code username} unless {@code confirmed}. */
    public void requireConfirmed(Caller caller, String username, Boolean confirmed) {
        if (Boolean.TRUE.equals(confirmed)) {
            return;
        }
        Optional<Violation> existing = existing(caller, "username", username);
        if (existing.isPresent()) {
            throw new ConflictException(
                    existing.get().messageKey(), existing.get().arguments());
        }
    }

    /**
     * What naming {@code username} in {@code field} needs confirmed: that the account exists and
     * whose it is, as far as the caller may see; nothing when there is no such account.
     */
    public Optional<Violation> existing(Caller caller, String field, String username) {
        Optional<IdentityProvider.Known> known = identities.find(username);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Set<String> visible = new LinkedHashSet<>();
        for (String membership : known.get().memberships()) {
            String code = membership.substring(0, membership.indexOf(':'));
            Optional<Tenant> center = registry.find(code);
            if (center.isPresent() && delegation.maySee(caller, center.get())) {
                visible.add(center.get().name() + " " + code);
            }
        }
        if (visible.isEmpty() && !Delegation.isOperator(caller)) {
            return Optional.of(new Violation(field, "account.exists.elsewhere", username));
        }
        return Optional.of(new Violation(
                field,
                "account.exists",
                username,
                known.get().displayName(),
                visible.isEmpty() ? "—" : String.join("、", visible)));
    }
}
