package org.onedoor.platform.security.control;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.LogoutTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Logger;
import org.onedoor.platform.problems.entity.UnavailableException;

/**
 * The identity provider as this module sees it: its published metadata and signing keys, fetched
 * on first need and kept. While the provider is unreachable every call fails with
 * {@link UnavailableException} and the next call tries again, so a module may start
 * before the provider does. Tokens are verified locally against the cached keys, never by calling the
 * provider per request.
 */
@ApplicationScoped
public class OidcProvider {

    private static final Logger LOG = Logger.getLogger(OidcProvider.class.getName());
    private static final JWSAlgorithm SIGNING = JWSAlgorithm.RS256;

    @Inject
    OidcSettings settings;

    private volatile Discovered discovered;

    record Discovered(OIDCProviderMetadata metadata, JWKSource<SecurityContext> keys) {}

    public OIDCProviderMetadata metadata() {
        return discovered().metadata();
    }

    public JWSVerificationKeySelector<SecurityContext> keySelector() {
        return new JWSVerificationKeySelector<>(SIGNING, discovered().keys());
    }

    public IDTokenValidator idTokenValidator(String clientId) {
        return new IDTokenValidator(metadata().getIssuer(), new ClientID(clientId), keySelector(), null);
    }

    public LogoutTokenValidator logoutTokenValidator(String clientId) {
        return new LogoutTokenValidator(metadata().getIssuer(), new ClientID(clientId), false, keySelector(), null);
    }

    private Discovered discovered() {
        Discovered known = discovered;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (discovered == null) {
                discovered = discover();
                LOG.info(() -> "identity provider discovered at " + settings.issuer());
            }
            return discovered;
        }
    }

    private Discovered discover() {
        int timeout = settings.timeoutMillis();
        try {
            OIDCProviderMetadata metadata =
                    OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), timeout, timeout);
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(
                            metadata.getJWKSetURI().toURL(), new DefaultResourceRetriever(timeout, timeout, 512 * 1024))
                    .retrying(true)
                    .build();
            return new Discovered(metadata, keys);
        } catch (GeneralException | IOException e) {
            throw UnavailableException.identityProvider(settings.issuer(), e);
        }
    }
}
