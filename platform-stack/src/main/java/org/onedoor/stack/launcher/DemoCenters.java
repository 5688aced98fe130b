package org.onedoor.stack.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
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

    private final JsonObject demo;
    private final DemoApi api;

    DemoCenters(DemoApi api) {
        this.api = api;
        try (InputStream file = DemoCenters.class.getResourceAsStream("/demo/centers.json");
                JsonReader reader = Json.createReader(file)) {
            demo = reader.readObject();
        } catch (IOException e) {
            throw new StackException("The demo tree /demo/centers.json is unreadable.", e);
        }
    }

    /** Opens what is missing, waits until every demo center is open, and grants the memberships. */
    void apply(Console console) {
        String token = api.token("operator");
        List<JsonObject> centers = demo.getJsonArray("centers").getValuesAs(JsonObject.class);
        int created = 0;
        for (JsonObject center : centers) {
            var body = Json.createObjectBuilder()
                    .add("code", center.getString("code"))
                    .add("name", center.getString("name"));
            if (center.containsKey("parent")) {
                body.add("parentCode", center.getString("parent"));
            }
            int status = api.call(
                            "POST", "admin", "tenants", token, body.build().toString())
                    .statusCode();
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
                    // the demo logins exist in the realm: naming them is meant (ADR 0015)
                    .add("confirmExistingAccount", true)
                    .build()
                    .toString();
            int status = api.call("POST", "admin", "t/" + membership.getString("center") + "/members", token, body)
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
                HttpResponse<String> answer = api.call("GET", "admin", "tenants/" + code, token, null);
                String status =
                        answer.statusCode() == 200 ? DemoApi.json(answer.body()).getString("status") : "";
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

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted", e);
        }
    }
}
