package org.onedoor.admin.identities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the administration module manages the identity provider: the realm of the issuer, as the provisioner client. */
@ApplicationScoped
public class IdentitySettings {

    @Inject
    @ConfigProperty(name = "onedoor.oidc.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "onedoor.identity.provisioner-client-id", defaultValue = "onedoor-provisioner")
    String clientId;

    @Inject
    @ConfigProperty(name = "onedoor.identity.provisioner-client-secret", defaultValue = "")
    String clientSecret;

    /** The provider's base address: the issuer without {@code /realms/<realm>}. */
    public String serverUrl() {
        String path = URI.create(issuer).getPath();
        return issuer.substring(0, issuer.length() - path.length()) + path.substring(0, path.indexOf("/realms/"));
    }

    public String realm() {
        return issuer.substring(issuer.indexOf("/realms/") + "/realms/".length())
                .replaceAll("/+$", "");
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }
}
