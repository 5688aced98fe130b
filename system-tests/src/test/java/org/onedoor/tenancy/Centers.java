package org.onedoor.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;

/** Builds tenant trees through the administration API, as an operator or administrator would. */
public final class Centers {

    private Centers() {}

    public static ApiClient admin(String token) {
        return api("admin", token);
    }

    public static ApiClient api(String module, String token) {
        return ApiClient.of(URI.create(RunningPlatform.baseUrl() + "/" + module + "/api/v1/"))
                .withToken(token);
    }

    public static String operator() {
        return PlatformStack.stack().token("operator");
    }

    /** Creates a center (unless it exists) and waits until it is open. */
    public static JsonObject open(String code, String name, String parent, String administrator) {
        ApiClient.Response created = create(operator(), code, name, parent, administrator);
        assertThat(created.status()).as(created.toString()).isIn(201, 409);
        return awaitStatus(code, "ACTIVE", Duration.ofSeconds(60));
    }

    public static ApiClient.Response create(
            String token, String code, String name, String parent, String administrator) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("code", code).add("name", name);
        if (parent != null) {
            body.add("parentCode", parent);
        }
        if (administrator != null) {
            // the tests name accounts they made themselves: confirming is meant (ADR 0015)
            body.add("administratorUsername", administrator).add("confirmExistingAccount", true);
        }
        return admin(token).post("tenants", body.build().toString());
    }

    /** Waits until the center reaches {@code status}; fails with its provisioning steps when it does not. */
    public static JsonObject awaitStatus(String code, String status, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            ApiClient.Response answer = admin(operator()).get("tenants/" + code);
            if (answer.status() == 200) {
                last = answer.json();
                if (status.equals(last.getString("status"))) {
                    return last;
                }
            }
            sleep(Duration.ofMillis(300));
        }
        throw new AssertionError("center " + code + " did not become " + status + " within " + timeout + ": " + last);
    }

    /** Gives {@code username} {@code role} in center {@code code}, as the operator. */
    public static void grant(String code, String username, String role) {
        ApiClient.Response granted = admin(operator())
                .post(
                        "t/" + code + "/members",
                        Json.createObjectBuilder()
                                .add("username", username)
                                .add("role", role)
                                .add("confirmExistingAccount", true)
                                .build()
                                .toString());
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
    }

    /** A person with a usable password (made in the identity provider directly) and roles in centers. */
    public static String person(String username, String password, String... memberships) {
        PlatformStack.stack().createPerson(username, "测", "试" + username, password);
        for (String membership : memberships) {
            String[] parts = membership.split(":");
            grant(parts[0], username, parts[1]);
        }
        return PlatformStack.stack().token(username, password);
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
