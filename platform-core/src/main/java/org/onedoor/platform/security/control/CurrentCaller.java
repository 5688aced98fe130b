package org.onedoor.platform.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Optional;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.CallerPrincipal;
import org.onedoor.platform.security.entity.Roles;

/** The authenticated caller of the current request, for control code and pages ({@code #{currentCaller}}). */
@Named
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext security;

    public Optional<Caller> find() {
        return security.getPrincipalsByType(CallerPrincipal.class).stream()
                .findFirst()
                .map(CallerPrincipal::caller);
    }

    /** The caller; only for code behind the authentication mechanism, which lets no anonymous call through. */
    public Caller require() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
    }

    /** For pages: the caller's display name, or empty when nobody is logged in. */
    public String getDisplayName() {
        return find().map(Caller::displayName).orElse("");
    }

    public boolean isLoggedIn() {
        return find().isPresent();
    }

    /** For pages: the caller's platform roles, in the platform's order. */
    public List<String> getRoles() {
        return find().map(caller -> Roles.ALL.stream().filter(caller::hasRole).toList())
                .orElse(List.of());
    }
}
