package org.onedoor.platform.security.control;

import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.onedoor.platform.problems.entity.UnavailableException;
import org.onedoor.platform.security.entity.Caller;

/**
 * Verifies bearer access tokens locally: signature against the provider's published keys, issuer,
 * expiry, and that it is an access token (Keycloak marks them {@code typ: Bearer}) rather than an ID
 * or refresh token. A person's memberships are re-read from the provider ({@link Memberships}).
 */
@ApplicationScoped
public class AccessTokens {

    private static final Logger LOG = Logger.getLogger(AccessTokens.class.getName());
    private static final Set<String> REQUIRED_CLAIMS = Set.of("sub", "exp", "iat", "iss");

    @Inject
    OidcProvider provider;

    @Inject
    OidcSettings settings;

    @Inject
    Memberships memberships;

    /** The caller the token vouches for; empty when the token is not valid. */
    public Optional<Caller> verify(String token) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(provider.keySelector());
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder()
                        .issuer(provider.metadata().getIssuer().getValue())
                        .claim("typ", "Bearer")
                        .build(),
                REQUIRED_CLAIMS));
        try {
            Caller caller = Claims.caller(processor.process(token, null), settings.groupsClaim(), null);
            if (caller.isServiceAccount()) {
                return Optional.of(caller);
            }
            // a person's roles are those the provider knows now, not those copied into the token (ADR 0013)
            return memberships
                    .current(caller.subject(), () -> Optional.of(token))
                    .map(caller::withMemberships);
        } catch (ParseException | BadJOSEException e) {
            LOG.fine(() -> "bearer token refused: " + e.getMessage());
            return Optional.empty();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw UnavailableException.identityProvider(settings.issuer(), e);
        }
    }
}
