package org.onedoor.platform.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.onedoor.platform.security.control.OidcSettings;

/** Ready only while the identity provider publishes its OpenID configuration (logins and token keys need it). */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(IdentityProviderReadiness.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Inject
    OidcSettings settings;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public HealthCheckResponse call() {
        var answer = HealthCheckResponse.named("identity-provider").withData("issuer", settings.issuer());
        URI discovery = URI.create(settings.issuer().replaceAll("/+$", "") + "/.well-known/openid-configuration");
        try {
            int status = http.send(
                            HttpRequest.newBuilder(discovery)
                                    .timeout(TIMEOUT)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return answer.status(status == 200).withData("status", status).build();
        } catch (IOException e) {
            // the probe is public: the reason goes to the log, not to whoever asks
            LOG.warning(() -> "readiness: identity provider not reachable at " + discovery + ": " + e);
            return answer.down().withData("status", "unreachable").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return answer.down().withData("status", "interrupted").build();
        }
    }
}
