package org.onedoor.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.tenancy.Centers.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;

/**
 * Issue #13.4: who may call is decided before anything of the request is read. For every write the
 * published OpenAPI document lists under a center ({@code /t/{code}/…}, {@code /tenants/{code}/…}),
 * a stranger gets 404 and a member of the center without the needed role 403 — with a malformed
 * body, a body of the wrong shape and ids that are not ids alike — so an invalid request tells
 * nobody outside that the center exists or what its forms need. Nothing is written.
 *
 * <p>Tree: 汉阳区 420105 with street 建桥街道 420105001; the stranger administers 青山区 420107.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class AuthorizationBeforeValidationIT {

    static final String DISTRICT = "420105";
    static final String STREET = "420105001";
    static final String ELSEWHERE = "420107";
    static final List<String> MODULES = List.of("admin", "reception", "cases");
    private static final String PASSWORD = "Abv-before-2026";
    private static final Set<String> WRITES = Set.of("post", "put", "delete", "patch");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** What a careless or probing caller sends: broken JSON, the wrong shape, an empty object. */
    private static final List<String> BODIES = List.of("{\"name\":", "[1,2,3]", "{}");

    static String stranger;
    static String auditor;
    static String official;
    static String administrator;

    @BeforeAll
    static void tree() {
        Centers.open("420000", "湖北省", null, null);
        Centers.open("420100", "武汉市", "420000", null);
        Centers.open(DISTRICT, "汉阳区", "420100", null);
        Centers.open(STREET, "建桥街道", DISTRICT, null);
        Centers.open(ELSEWHERE, "青山区", "420100", null);
        stranger = Centers.person(
                "abv.stranger",
                PASSWORD,
                ELSEWHERE + ":tenant-admin",
                ELSEWHERE + ":mediator",
                ELSEWHERE + ":receptionist");
        auditor = Centers.person("abv.auditor", PASSWORD, STREET + ":auditor");
        official = Centers.person("abv.official", PASSWORD, "420100:official");
        administrator = Centers.person("abv.admin", PASSWORD, STREET + ":tenant-admin");
    }

    /** Writes of the caller's own things that every member of the staff may make (their read marks). */
    static final Set<String> EVERY_MEMBERS = Set.of("/api/v1/t/{code}/notifications/{id}/read");

    record Operation(String method, String path) {

        /** The path for center {@code code}, with ids that are not ids. */
        String on(String code) {
            Matcher parameter = PARAMETER.matcher(path.replaceFirst("^/api/v1/", ""));
            StringBuilder concrete = new StringBuilder();
            while (parameter.find()) {
                parameter.appendReplacement(concrete, "code".equals(parameter.group(1)) ? code : "not-an-id");
            }
            return parameter.appendTail(concrete).toString();
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @Test
    @DisplayName("#13.4 a stranger gets 404 on every center write, whatever the body; nothing of the form is told")
    void strangersGetNotFoundBeforeValidation() {
        List<Operation> writes = centerWrites();
        String snapshot = snapshot();

        for (Operation write : writes) {
            for (String module : MODULES) {
                for (String body : BODIES) {
                    for (String token : List.of(stranger, official)) {
                        ApiClient.Response answer = send(module, token, write, STREET, body);
                        assertThat(answer.status())
                                .as(module + " " + write + " " + body + ": " + answer)
                                .isEqualTo(404);
                        assertThat(answer.contentType()).as(write.toString()).startsWith("application/problem+json");
                        assertThat(answer.body())
                                .as("no field of the form is named to a stranger: " + write)
                                .doesNotContain("\"errors\"");
                    }
                }
            }
        }
        assertThat(snapshot()).as("nothing changed").isEqualTo(snapshot);
    }

    @Test
    @DisplayName("#13.4 a member without the role gets 403 from the module that serves the write, whatever the body")
    void membersWithoutTheRoleAreForbiddenBeforeValidation() {
        List<Operation> writes = centerWrites();
        String snapshot = snapshot();

        for (Operation write : writes) {
            if (EVERY_MEMBERS.contains(write.path())) {
                continue;
            }
            for (String body : BODIES) {
                List<String> forbiddenBy = new ArrayList<>();
                for (String module : MODULES) {
                    ApiClient.Response answer = send(module, auditor, write, STREET, body);
                    assertThat(answer.status())
                            .as(module + " " + write + " " + body + ": " + answer)
                            .isIn(403, 404);
                    if (answer.status() == 403) {
                        forbiddenBy.add(module);
                        assertThat(answer.contentType()).startsWith("application/problem+json");
                    }
                }
                // exactly one module serves the path; the others do not know it (404)
                assertThat(forbiddenBy).as(write + " " + body).hasSize(1);
            }
        }
        assertThat(snapshot()).as("nothing changed").isEqualTo(snapshot);
    }

    @Test
    @DisplayName("#13.4 the check is the one a member with the role passes: the same invalid body is then answered 400")
    void aMemberWithTheRoleReachesValidation() {
        ApiClient.Response broken = api("admin", administrator).post("t/" + STREET + "/rooms", "{\"name\":");
        ApiClient.Response empty = api("admin", administrator).post("t/" + STREET + "/rooms", "{}");
        ApiClient.Response strangers = api("admin", stranger).post("t/" + STREET + "/rooms", "{}");

        assertThat(broken.status()).as(broken.toString()).isEqualTo(400);
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(empty.body()).contains("\"errors\"");
        assertThat(strangers.status()).isEqualTo(404);
    }

    /** Every write of the published document beneath a center, a few dozen of them. */
    static List<Operation> centerWrites() {
        ApiClient.Response document = ApiClient.of(URI.create(RunningPlatform.baseUrl() + "/"))
                .withHeader("Accept", "application/json")
                .get("openapi");
        assertThat(document.status()).isEqualTo(200);
        JsonObject paths;
        try (JsonReader reader = Json.createReader(new StringReader(document.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        List<Operation> writes = new ArrayList<>();
        for (Map.Entry<String, jakarta.json.JsonValue> path : paths.entrySet()) {
            boolean centerScoped = path.getKey().matches(".*/(t|tenants)/\\{code}.*");
            for (String method : path.getValue().asJsonObject().keySet()) {
                if (centerScoped && WRITES.contains(method)) {
                    writes.add(new Operation(method, path.getKey().replaceFirst("^/[a-z]+(?=/api/v1/)", "")));
                }
            }
        }
        // the cases, the front desk, intake, rooms, categories, routing, staff, systems, profile, the tree
        assertThat(writes).as("the document lists the centers' writes").hasSizeGreaterThan(25);
        return writes;
    }

    private static ApiClient.Response send(String module, String token, Operation write, String code, String body) {
        ApiClient client = api(module, token);
        String path = write.on(code);
        return switch (write.method()) {
            case "post" -> client.post(path, body);
            case "put" -> client.put(path, body);
            case "delete" -> client.delete(path);
            default -> throw new AssertionError("no client for " + write);
        };
    }

    /** What the street's own administrator sees of it: configuration, staff, the tree entry, matters and cases. */
    private static String snapshot() {
        StringBuilder seen = new StringBuilder();
        for (String path : List.of("rooms", "members", "categories", "profile", "routing")) {
            seen.append(read("admin", "t/" + STREET + "/" + path));
        }
        seen.append(read("admin", "tenants/" + STREET));
        seen.append(read("reception", "t/" + STREET + "/matters"));
        seen.append(read("cases", "t/" + STREET + "/cases"));
        return seen.toString();
    }

    private static String read(String module, String path) {
        ApiClient.Response answer = api(module, administrator).get(path);
        assertThat(answer.status()).as(module + " " + path + ": " + answer).isEqualTo(200);
        return answer.body() + "\n";
    }
}
