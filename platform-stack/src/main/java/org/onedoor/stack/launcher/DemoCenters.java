package org.onedoor.stack.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onedoor.stack.StackException;

/**
 * Opens the demo tree ({@code demo/centers.json}) through OneDoor's own administration API, as the
 * demo platform operator, and gives the demo staff their centers. Idempotent: what exists is kept.
 */
final class DemoCenters {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonObject demo;
    private final String baseUrl;
    private final String issuer;
    private final String password;

    DemoCenters(String baseUrl, String issuer, String password) {
        this.baseUrl = baseUrl;
        this.issuer = issuer;
        this.password = password;
        try (InputStream file = DemoCenters.class.getResourceAsStream("/demo/centers.json");
                JsonReader reader = Json.createReader(file)) {
            demo = reader.readObject();
        } catch (IOException e) {
            throw new StackException("The demo tree /demo/centers.json is unreadable.", e);
        }
    }

    /** Opens what is missing, waits until every demo center is open, and grants the memberships. */
    void apply(Console console) {
        String token = token("operator");
        List<JsonObject> centers = demo.getJsonArray("centers").getValuesAs(JsonObject.class);
        int created = 0;
        for (JsonObject center : centers) {
            var body = Json.createObjectBuilder()
                    .add("code", center.getString("code"))
                    .add("name", center.getString("name"));
            if (center.containsKey("parent")) {
                body.add("parentCode", center.getString("parent"));
            }
            int status = send("POST", "tenants", token, body.build().toString()).statusCode();
            if (status == 201) {
                created++;
            } else if (status != 409) {
                throw new StackException("The demo center " + center.getString("code") + " could not be opened (HTTP "
                        + status + "); see .onedoor/logs/payara.log");
            }
        }
        if (created > 0) {
            console.step("Opening " + created + " demo center(s) …");
        }
        awaitOpen(centers, token);
        for (JsonObject membership : demo.getJsonArray("memberships").getValuesAs(JsonObject.class)) {
            String body = Json.createObjectBuilder()
                    .add("username", membership.getString("username"))
                    .add("role", membership.getString("role"))
                    .build()
                    .toString();
            int status = send("POST", "t/" + membership.getString("center") + "/members", token, body)
                    .statusCode();
            if (status != 201) {
                throw new StackException(
                        "The demo membership " + membership + " could not be granted (HTTP " + status + ")");
            }
        }
    }

    /** Who works where, by username: e.g. "mediator → 江岸区, 大智街道, 车站路社区". */
    Map<String, String> centersByUsername() {
        Map<String, String> names = demo.getJsonArray("centers").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("code"), c -> c.getString("name")));
        Map<String, String> byUser = new LinkedHashMap<>();
        for (JsonObject membership : demo.getJsonArray("memberships").getValuesAs(JsonObject.class)) {
            byUser.merge(
                    membership.getString("username"),
                    names.get(membership.getString("center")) + " " + membership.getString("center"),
                    (a, b) -> a + ", " + b);
        }
        return byUser;
    }

    private void awaitOpen(List<JsonObject> centers, String token) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        for (JsonObject center : centers) {
            String code = center.getString("code");
            while (true) {
                HttpResponse<String> answer = send("GET", "tenants/" + code, token, null);
                String status = answer.statusCode() == 200 ? json(answer.body()).getString("status") : "";
                if (status.equals("ACTIVE")) {
                    break;
                }
                if (status.equals("FAILED") || Instant.now().isAfter(deadline)) {
                    throw new StackException(
                            "The demo center " + code + " did not open (" + status + "): " + answer.body());
                }
                sleep();
            }
        }
    }

    private String token(String username) {
        String form = "grant_type=password&client_id=onedoor-cli&username=" + username + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new StackException(
                        "The demo operator cannot log in (" + answer.statusCode() + "): " + answer.body());
            }
            return json(answer.body()).getString("access_token");
        } catch (IOException e) {
            throw new StackException("Keycloak did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted", e);
        }
    }

    private HttpResponse<String> send(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/admin/api/v1/" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StackException("The administration module did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted", e);
        }
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted", e);
        }
    }
}
