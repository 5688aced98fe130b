package org.onedoor.stack.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.onedoor.stack.StackException;

/** OneDoor's own APIs as the demo staff use them: a token per demo login, calls to any module. */
final class DemoApi {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String issuer;
    private final String password;

    DemoApi(String baseUrl, String issuer, String password) {
        this.baseUrl = baseUrl;
        this.issuer = issuer;
        this.password = password;
    }

    /** A fresh token of demo login {@code username}: it names the memberships granted so far. */
    String token(String username) {
        String form = "grant_type=password&client_id=onedoor-cli&scope=openid&username=" + username + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.statusCode() != 200) {
            throw new StackException(
                    "The demo login " + username + " failed (" + answer.statusCode() + "): " + answer.body());
        }
        return json(answer.body()).getString("access_token");
    }

    /** {@code method} on {@code /<module>/api/v1/<path>} with {@code token}; a JSON {@code body} or none. */
    HttpResponse<String> call(String method, String module, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/" + module + "/api/v1/" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return send(request);
    }

    /** Like {@link #call}, but anything other than 2xx stops the demo with the answer. */
    JsonObject require(String method, String module, String path, String token, JsonObject body) {
        HttpResponse<String> answer = call(method, module, path, token, body == null ? null : body.toString());
        if (answer.statusCode() >= 300) {
            throw new StackException("The demo data could not be written: " + method + " /" + module + "/api/v1/" + path
                    + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body().isBlank() || !answer.body().startsWith("{")
                ? JsonObject.EMPTY_JSON_OBJECT
                : json(answer.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StackException("OneDoor did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted", e);
        }
    }

    static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
