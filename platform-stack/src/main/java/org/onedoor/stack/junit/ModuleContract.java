package org.onedoor.stack.junit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every OneDoor module promises from its foundation (issue #2): health, its API refusing
 * anonymous and forged callers with problem+json, answering in the caller's language, and browser
 * logins through the identity provider with PKCE. A module's integration test extends this and
 * deploys the module's real build output.
 */
public abstract class ModuleContract {

    /** The deployed module's base URL, e.g. {@code http://localhost:8123/admin/}. */
    protected abstract URL moduleUrl();

    /** The module's name: its context root and the suffix of its identity-provider client. */
    protected abstract String module();

    /** Paths of the module's own API that its OpenAPI document must describe, e.g. {@code /api/v1/tenants}. */
    protected abstract List<String> ownApiPaths();

    protected TestStack stack() {
        return PlatformStack.stack();
    }

    protected ApiClient api() {
        return ApiClient.of(URI.create(moduleUrl().toString()).resolve("api/v1/"));
    }

    protected ApiClient module(String path) {
        return ApiClient.of(URI.create(moduleUrl().toString()));
    }

    @Test
    @DisplayName(
            "#2.2 ready only when PostgreSQL and the identity provider answer and the centers' schemas are current")
    void readinessChecksDatabaseAndIdentityProvider() {
        ApiClient.Response ready =
                ApiClient.of(URI.create(moduleUrl().toString())).get("health/ready");

        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        JsonObject health = ready.json();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(check -> check.getString("name") + "=" + check.getString("status"))
                .containsExactlyInAnyOrder("postgresql=UP", "identity-provider=UP", "tenant-schemas=UP");
    }

    @Test
    @DisplayName("#2.2 liveness answers UP")
    void livenessAnswers() {
        ApiClient.Response live =
                ApiClient.of(URI.create(moduleUrl().toString())).get("health/live");

        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json().getString("status")).isEqualTo("UP");
    }

    @Test
    @DisplayName("#2.5 no token: 401 problem+json with a correlation id")
    void anonymousApiCallIsRefused() {
        ApiClient.Response answer = api().get("me");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        JsonObject problem = answer.json();
        assertThat(problem.getInt("status")).isEqualTo(401);
        assertThat(problem.getString("title")).isEqualTo("需要登录");
        assertThat(problem.getString("correlationId")).isEqualTo(answer.header("X-Correlation-Id"));
    }

    @Test
    @DisplayName("#2.5 forged or foreign token: 401 invalid_token")
    void forgedTokenIsRefused() {
        String genuine = stack().token("mediator");
        String forged = genuine.substring(0, genuine.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

        ApiClient.Response answer = api().withToken(forged).get("me");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("#2.5 a Keycloak bearer token identifies the caller and the caller's roles")
    void bearerTokenIdentifiesCaller() {
        ApiClient.Response answer = api().withToken(stack().token("mediator")).get("me");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonObject me = answer.json();
        assertThat(me.getString("username")).isEqualTo("mediator");
        assertThat(me.getString("displayName")).isEqualTo("陈志强");
        assertThat(me.getJsonArray("roles").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactly("mediator");
    }

    @Test
    @DisplayName("#2.3 unknown resource: 404 problem+json, Chinese by default, English on request")
    void unknownResourceIsProblemInCallersLanguage() {
        ApiClient caller = api().withToken(stack().token("mediator"));

        ApiClient.Response chinese = caller.get("no-such-resource");
        ApiClient.Response english = caller.withLanguage("en-US,en;q=0.9").get("no-such-resource");

        assertThat(chinese.status()).isEqualTo(404);
        assertThat(chinese.contentType()).startsWith("application/problem+json");
        assertThat(chinese.json().getString("title")).isEqualTo("未找到");
        assertThat(english.json().getString("title")).isEqualTo("Not found");
    }

    @Test
    @DisplayName("#2.3 a well-formed correlation id sent by the caller is kept")
    void callersCorrelationIdIsKept() {
        ApiClient.Response answer =
                api().withHeader("X-Correlation-Id", "gateway-1234-abcd").get("me");

        assertThat(answer.header("X-Correlation-Id")).isEqualTo("gateway-1234-abcd");
        assertThat(answer.json().getString("correlationId")).isEqualTo("gateway-1234-abcd");
    }

    @Test
    @DisplayName("#2.5 a browser is sent to the identity provider: authorization code with PKCE S256")
    void browserIsSentToLogInWithPkce() {
        ApiClient.Response answer =
                ApiClient.of(URI.create(moduleUrl().toString())).get("");

        assertThat(answer.status()).isEqualTo(302);
        String location = answer.header("Location");
        assertThat(location)
                .startsWith(stack().issuer() + "/protocol/openid-connect/auth?")
                .contains("response_type=code")
                .contains("code_challenge_method=S256")
                .contains("code_challenge=")
                .contains("client_id=onedoor-" + module())
                .contains("state=")
                .contains("nonce=");
    }

    @Test
    @DisplayName("#2.2 the OpenAPI document describes the module's API")
    void openApiDocumentIsPublished() {
        URI server = URI.create(moduleUrl().toString()).resolve("/");
        ApiClient.Response document =
                ApiClient.of(server).withHeader("Accept", "application/json").get("openapi");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).contains("/api/v1/me").contains("\"bearer\"");
        // A path as the key of the document's paths (the context root may precede it).
        assertThat(ownApiPaths())
                .isNotEmpty()
                .allSatisfy(path -> assertThat(document.body())
                        .as("documented: " + path)
                        .containsPattern("\"(/[a-z]+)?" + Pattern.quote(path) + "\"\\s*:"));
    }
}
