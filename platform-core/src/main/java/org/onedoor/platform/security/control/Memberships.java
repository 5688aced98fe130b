package org.onedoor.platform.security.control;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onedoor.platform.problems.entity.UnavailableException;

/**
 * A person's center memberships as the identity provider knows them now, not as a token or a login
 * copied them (ADR 0013). Read from the provider's userinfo endpoint with one of the person's own
 * access tokens and kept a short while per subject, so a revoked role or membership stops working
 * within {@code onedoor.memberships.cache-seconds} (30 by default) plus the websocket recheck, on
 * every instance, without shared state. The provider unreachable fails closed ({@link
 * UnavailableException}, a 503), never with the old memberships.
 */
@ApplicationScoped
public class Memberships {

    private static final Logger LOG = Logger.getLogger(Memberships.class.getName());

    @Inject
    OidcProvider provider;

    @Inject
    OidcSettings settings;

    @Inject
    @ConfigProperty(name = "onedoor.memberships.cache-seconds", defaultValue = "30")
    int cacheSeconds;

    Clock clock = Clock.systemUTC();

    private final Map<String, Known> bySubject = new ConcurrentHashMap<>();

    record Known(Set<String> memberships, Instant readAt) {}

    /**
     * The subject's memberships now; {@code accessToken} supplies a valid access token of the subject
     * when they must be read again. Empty when the provider no longer accepts the token (the person's
     * provider session ended, or the person was disabled): the caller is then not logged in.
     */
    public Optional<Set<String>> current(String subject, Supplier<Optional<String>> accessToken) {
        Instant now = clock.instant();
        Known known = bySubject.get(subject);
        if (known != null && Duration.between(known.readAt(), now).getSeconds() < Math.min(cacheSeconds, 30)) {
            return Optional.of(known.memberships());
        }
        Optional<String> token = accessToken.get();
        if (token.isEmpty()) {
            bySubject.remove(subject);
            return Optional.empty();
        }
        Optional<Set<String>> read = read(token.get());
        read.ifPresentOrElse(
                memberships -> bySubject.put(subject, new Known(memberships, now)), () -> bySubject.remove(subject));
        return read;
    }

    /** Forgets what is known of the subject, e.g. at logout. */
    public void forget(String subject) {
        bySubject.remove(subject);
    }

    private Optional<Set<String>> read(String accessToken) {
        try {
            HTTPRequest http = new UserInfoRequest(
                            provider.metadata().getUserInfoEndpointURI(), new BearerAccessToken(accessToken))
                    .toHTTPRequest();
            http.setConnectTimeout(settings.timeoutMillis());
            http.setReadTimeout(settings.timeoutMillis());
            var answer = http.send();
            if (answer.getStatusCode() == 401 || answer.getStatusCode() == 403) {
                LOG.fine("userinfo refused the access token");
                return Optional.empty();
            }
            UserInfoResponse response = UserInfoResponse.parse(answer);
            if (!response.indicatesSuccess()) {
                throw UnavailableException.identityProvider(
                        settings.issuer(),
                        new IOException("userinfo answered "
                                + response.toErrorResponse().getErrorObject().getCode()));
            }
            List<String> values = response.toSuccessResponse().getUserInfo().getStringListClaim(Claims.MEMBERSHIPS);
            return Optional.of(values == null ? Set.of() : Set.copyOf(new HashSet<>(values)));
        } catch (IOException | ParseException e) {
            throw UnavailableException.identityProvider(settings.issuer(), e);
        }
    }
}
