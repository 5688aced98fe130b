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
        Optional<IdentityProvider.Known> known = identities.find(username);
        if (known.isEmpty()) {
            return;
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
            throw new ConflictException("account.exists.elsewhere", username);
        }
        throw new ConflictException(
                "account.exists",
                username,
                known.get().displayName(),
                visible.isEmpty() ? "—" : String.join("、", visible));
    }
}
