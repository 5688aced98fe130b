package org.onedoor.platform.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.onedoor.platform.security.entity.Actor;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.CallerPrincipal;
import org.onedoor.platform.security.entity.Roles;

/** The authenticated caller of the current request, for control code and pages ({@code #{currentCaller}}). */
@Named
@RequestScoped
public class CurrentCaller {

    /** Names the user another OneDoor module acts for; trusted only from a module's own token. */
    public static final String ACTOR_HEADER = "OneDoor-Actor";

    /**
     * The display name of the user named by {@link #ACTOR_HEADER}, percent-encoded UTF-8 (header
     * values are ASCII); optional.
     */
    public static final String ACTOR_NAME_HEADER = "OneDoor-Actor-Name";

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    public Optional<Caller> find() {
        return security.getPrincipalsByType(CallerPrincipal.class).stream()
                .findFirst()
                .map(CallerPrincipal::caller);
    }

    /** The caller; only for code behind the authentication mechanism, which lets no anonymous call through. */
    public Caller require() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
    }

    /**
     * Who the timeline and audit records name: the user another module acts for, or the caller
     * itself.
     */
    public String actor() {
        return acting().username();
    }

    /**
     * {@link #actor()} with the person's name, for records people read: the name another module
     * passed along with the user it acts for (unknown when it passed none), or the caller's own.
     */
    public Actor acting() {
        Caller caller = require();
        String actingFor = request.getHeader(ACTOR_HEADER);
        if (caller.hasRole(Roles.PLATFORM_MODULE) && actingFor != null && !actingFor.isBlank()) {
            return new Actor(actingFor.strip(), decoded(request.getHeader(ACTOR_NAME_HEADER)));
        }
        return new Actor(caller.username(), caller.displayName());
    }

    /** A name as a header carries it; none when it is missing or not properly encoded. */
    static String decoded(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return URLDecoder.decode(header, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
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
