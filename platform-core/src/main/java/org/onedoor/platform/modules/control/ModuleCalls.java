package org.onedoor.platform.modules.control;

import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onedoor.platform.problems.entity.UnavailableException;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.control.OidcProvider;
import org.onedoor.platform.security.control.OidcSettings;
import org.onedoor.platform.security.entity.Actor;

/**
 * Calls another OneDoor module's REST API (ADR 0004) as this module's own service account — the
 * realm role {@code platform-module} — naming the user it acts for. The caller must already have
 * admitted that user to the center; the called module trusts it to have done so. Works the same for
 * browser sessions, bearer callers and background jobs, none of which need to hold a user token.
 */
@ApplicationScoped
public class ModuleCalls {

    private static final Logger LOG = Logger.getLogger(ModuleCalls.class.getName());
    /** A token this close to expiry is renewed before use, so it does not expire in flight. */
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(30);

    @Inject
    OidcProvider provider;

    @Inject
    OidcSettings settings;

    @Inject
    ServletContext servletContext;

    @Inject
    CurrentCaller currentCaller;

    /** Where the modules are reached from inside the platform, e.g. {@code http://localhost:8080}. */
    @Inject
    @ConfigProperty(name = "onedoor.modules.url", defaultValue = "http://localhost:8080")
    String modulesUrl;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private volatile ServiceToken token;

    /** What the other module answered. */
    public record Answer(int status, String body) {

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }
    }

    public Answer get(String module, String path, String actor) {
        return send(module, path, actor, HttpRequest.newBuilder().GET());
    }

    public Answer post(String module, String path, String actor, JsonObject body) {
        return send(
                module,
                path,
                actor,
                HttpRequest.newBuilder()
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    private Answer send(String module, String path, String actor, HttpRequest.Builder request) {
        URI uri = URI.create(modulesUrl.replaceAll("/+$", "") + "/" + module + "/api/v1/" + path);
        request.uri(uri)
                .timeout(Duration.ofMillis(settings.timeoutMillis()))
                .header("Accept", "application/json")
                .header(CurrentCaller.ACTOR_HEADER, actor);
        nameOf(actor)
                .ifPresent(name -> request.header(
                        CurrentCaller.ACTOR_NAME_HEADER, URLEncoder.encode(name, StandardCharsets.UTF_8)));
        try {
            HttpResponse<String> response = http.send(
                    request.copy().header("Authorization", "Bearer " + token()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 401) {
                // the provider may have rotated keys or ended the token early: one fresh token, once
                token = null;
                response = http.send(
                        request.header("Authorization", "Bearer " + token()).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            if (response.statusCode() >= 500) {
                throw UnavailableException.module(module, new IOException(uri + " answered " + response.statusCode()));
            }
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            LOG.warning(() -> "module " + module + " not reachable at " + uri + ": " + e);
            throw UnavailableException.module(module, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UnavailableException.module(module, e);
        }
    }

    /**
     * The name of {@code actor} when it is who acts in the current request, so the other module can
     * record it (issue #22.1); background work has no request and passes no name.
     */
    private Optional<String> nameOf(String actor) {
        try {
            Actor acting = currentCaller.acting();
            return acting.username().equals(actor) ? Optional.ofNullable(acting.name()) : Optional.empty();
        } catch (RuntimeException noCallerHere) {
            // background work (no request, no caller): the call goes out without a name, never fails for it
            return Optional.empty();
        }
    }

    private String token() {
        ServiceToken current = token;
        if (current == null || current.expiresSoon()) {
            current = requestToken();
            token = current;
        }
        return current.value();
    }

    private ServiceToken requestToken() {
        String secret = settings.clientSecret()
                .orElseThrow(() -> new IllegalStateException(
                        "onedoor.oidc.client-secret is not set: modules cannot call each other"));
        ClientID client =
                new ClientID("onedoor-" + servletContext.getContextPath().replaceFirst("^/", ""));
        try {
            HTTPRequest request = new TokenRequest(
                            provider.metadata().getTokenEndpointURI(),
                            new ClientSecretBasic(client, new Secret(secret)),
                            new ClientCredentialsGrant())
                    .toHTTPRequest();
            request.setConnectTimeout(settings.timeoutMillis());
            request.setReadTimeout(settings.timeoutMillis());
            TokenResponse response = TokenResponse.parse(request.send());
            if (!response.indicatesSuccess()) {
                throw new IllegalStateException("the identity provider refused the service token of " + client + ": "
                        + response.toErrorResponse().getErrorObject().getCode());
            }
            AccessToken access = response.toSuccessResponse().getTokens().getAccessToken();
            return new ServiceToken(access.getValue(), Instant.now().plusSeconds(access.getLifetime()));
        } catch (IOException | ParseException e) {
            throw UnavailableException.identityProvider(settings.issuer(), e);
        }
    }

    private record ServiceToken(String value, Instant expiresAt) {
        boolean expiresSoon() {
            return Instant.now().plus(RENEW_BEFORE).isAfter(expiresAt);
        }
    }
}
