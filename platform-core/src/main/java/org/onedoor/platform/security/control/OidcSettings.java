package org.onedoor.platform.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How this module reaches the identity provider. Every value comes from MicroProfile Config. */
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "onedoor.oidc.issuer")
    String issuer;

    /** One client for every module; unset, each module is its own client {@code onedoor-<context root>}. */
    @Inject
    @ConfigProperty(name = "onedoor.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "onedoor.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "onedoor.oidc.scope", defaultValue = "openid profile email")
    String scope;

    @Inject
    @ConfigProperty(name = "onedoor.oidc.groups-claim", defaultValue = "groups")
    String groupsClaim;

    /** Set when the platform is reached through a proxy, so redirect URIs name the public address. */
    @Inject
    @ConfigProperty(name = "onedoor.public-url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "onedoor.oidc.timeout-ms", defaultValue = "5000")
    int timeoutMillis;

    public String issuer() {
        return issuer;
    }

    /**
     * This module's client id. Derived from the context root by default, so one configuration serves
     * all modules, also when they share one application (the EAR); each module being its own client
     * lets the provider send back-channel logouts to every module.
     */
    public String clientId(HttpServletRequest request) {
        return clientId.filter(id -> !id.isBlank())
                .orElseGet(() -> "onedoor-" + request.getContextPath().replaceFirst("^/", ""));
    }

    public Optional<String> clientSecret() {
        return clientSecret.filter(secret -> !secret.isBlank());
    }

    public String scope() {
        return scope;
    }

    public String groupsClaim() {
        return groupsClaim;
    }

    public Optional<String> publicUrl() {
        return publicUrl.filter(url -> !url.isBlank()).map(url -> url.replaceAll("/+$", ""));
    }

    public int timeoutMillis() {
        return timeoutMillis;
    }
}
