package org.onedoor.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.tenancy.Centers.admin;
import static org.onedoor.tenancy.Centers.operator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;

/**
 * Issue #3.2–3.3: opening centers on the whole platform (three modules on Payara Micro, real
 * PostgreSQL and Keycloak). This class works in its own part of the tree (广东省 440000).
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class TenantProvisioningIT {

    private static final String PROVINCE = "440000";
    private static final String CITY = "440100";
    private static final String DISTRICT = "440103";

    @BeforeAll
    static void tree() {
        Centers.open(PROVINCE, "广东省", null, null);
        Centers.open(CITY, "广州市", PROVINCE, null);
    }

    @Test
    @DisplayName("#3.2 a center opens once every module migrated its schema and the identity provider has its groups")
    void aCenterOpensWhenEveryStepIsDone() throws SQLException {
        PlatformStack.stack().createPerson("lw.admin", "黄", "立文", "Lw-admin-2026");

        ApiClient.Response created = Centers.create(operator(), DISTRICT, "荔湾区", CITY, "lw.admin");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/admin/api/v1/tenants/" + DISTRICT);
        assertThat(created.json().getJsonObject("administrator").getBoolean("accountCreated"))
                .isFalse();
        JsonObject center = Centers.awaitStatus(DISTRICT, "ACTIVE", Duration.ofSeconds(60));
        assertThat(center.getJsonArray("provisioning").getValuesAs(JsonObject.class))
                .extracting(step -> step.getString("step") + "=" + step.getString("status"))
                .containsExactlyInAnyOrder("admin=DONE", "reception=DONE", "cases=DONE", "identity=DONE");
        try (Connection db = PlatformStack.stack().connect()) {
            assertThat(tables(db, "t_" + DISTRICT))
                    .contains("center_profile", "ticket_counter", "case_number_counter")
                    .contains("flyway_admin", "flyway_reception", "flyway_cases");
        }
    }

    @Test
    @DisplayName("#3.2 a module's migration failing half way fails the center with the reason; retry opens it")
    void failureHalfWayThenRetry() throws SQLException {
        String code = "440104";
        try (Connection db = PlatformStack.stack().connect();
                Statement sql = db.createStatement()) {
            // the reception module's V1 will find its table taken by something else
            sql.execute("create schema t_" + code);
            sql.execute("create table t_" + code + ".ticket_counter (occupied_by_someone_else text)");
        }

        assertThat(Centers.create(operator(), code, "越秀区", CITY, null).status()).isEqualTo(201);
        Centers.awaitStatus(code, "FAILED", Duration.ofSeconds(60));
        JsonObject failed = awaitStepsSettled(code, Duration.ofSeconds(60));

        assertThat(failed.getString("failureReason"))
                .startsWith("reception:")
                .contains("reference")
                .as("no SQL text reaches the caller (#13.5)")
                .doesNotContain("ticket_counter")
                .doesNotContainIgnoringCase("psql");
        assertThat(step(failed, "reception").getString("status")).isEqualTo("FAILED");
        assertThat(step(failed, "admin").getString("status")).isEqualTo("DONE");
        assertThat(admin(operator()).get("tenants/" + code + "/children").status())
                .as("a failed center is still in the tree")
                .isEqualTo(200);

        try (Connection db = PlatformStack.stack().connect();
                Statement sql = db.createStatement()) {
            sql.execute("drop table t_" + code + ".ticket_counter");
        }
        ApiClient.Response retried = admin(operator()).post("tenants/" + code + "/retry", "");

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        JsonObject open = Centers.awaitStatus(code, "ACTIVE", Duration.ofSeconds(60));
        assertThat(step(open, "reception").getInt("attempts")).isEqualTo(2);
        assertThat(step(open, "admin").getInt("attempts"))
                .as("done steps are not redone")
                .isEqualTo(1);
        assertThat(open.containsKey("failureReason")).isFalse();
    }

    @Test
    @DisplayName("#3.2 many centers provisioned at once all open; none waits for another")
    void manyCentersAtOnce() throws Exception {
        String street = "440103001";
        Centers.open(DISTRICT, "荔湾区", CITY, null);
        Centers.open(street, "沙面街道", DISTRICT, null);
        String token = operator();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 1; i <= 24; i++) {
            String community = street + String.format("%03d", i);
            answers.add(clients.submit(() -> Centers.create(token, community, "社区" + community, street, null)));
        }
        for (Future<ApiClient.Response> answer : answers) {
            assertThat(answer.get().status()).as(answer.get().toString()).isEqualTo(201);
        }
        clients.shutdown();
        for (int i = 1; i <= 24; i++) {
            Centers.awaitStatus(street + String.format("%03d", i), "ACTIVE", Duration.ofSeconds(180));
        }
        System.getLogger(getClass().getName())
                .log(
                        System.Logger.Level.INFO,
                        "24 communities open after {0} ms",
                        (System.nanoTime() - started) / 1_000_000);
        JsonObject firstPage =
                admin(operator()).get("tenants/" + street + "/children").json();
        assertThat(firstPage.getInt("total")).isEqualTo(24);
        assertThat(firstPage.getJsonArray("items")).hasSize(24);

        // #14.6 the children page one at a time, filtered; bad parameters answer 400 naming them
        JsonObject second = admin(operator())
                .get("tenants/" + street + "/children?size=10&page=1")
                .json();
        assertThat(second.getInt("total")).isEqualTo(24);
        assertThat(second.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(center -> center.getString("code"))
                .containsExactly(IntStream.rangeClosed(11, 20)
                        .mapToObj(i -> street + String.format("%03d", i))
                        .toArray(String[]::new));
        JsonObject filtered = admin(operator())
                .get("tenants/" + street + "/children?status=ACTIVE&q=" + street + "02")
                .json();
        assertThat(filtered.getInt("total")).as("codes …020 to …024").isEqualTo(5);
        assertThat(admin(operator())
                        .get("tenants/" + street + "/children?status=SUSPENDED")
                        .json()
                        .getInt("total"))
                .isZero();
        for (String bad : List.of("size=201", "page=-1", "size=abc", "status=OPENED", "q=" + "x".repeat(101))) {
            ApiClient.Response refused = admin(operator()).get("tenants/" + street + "/children?" + bad);
            assertThat(refused.status()).as(bad + " → " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    @DisplayName("#3.2 a center failing while others are provisioned at the same time blocks none of them")
    void aFailingCenterBlocksNoOther() throws Exception {
        String street = "440103002";
        Centers.open(DISTRICT, "荔湾区", CITY, null);
        Centers.open(street, "逢源街道", DISTRICT, null);
        String failing = street + "001";
        try (Connection db = PlatformStack.stack().connect();
                Statement sql = db.createStatement()) {
            // as in failureHalfWayThenRetry: the reception module's V1 finds its table taken
            sql.execute("create schema t_" + failing);
            sql.execute("create table t_" + failing + ".ticket_counter (occupied_by_someone_else text)");
        }
        List<String> others = new ArrayList<>();
        for (int i = 2; i <= 9; i++) {
            others.add(street + String.format("%03d", i));
        }
        String token = operator();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        answers.add(clients.submit(() -> Centers.create(token, failing, "失败社区", street, null)));
        others.forEach(
                code -> answers.add(clients.submit(() -> Centers.create(token, code, "社区" + code, street, null))));
        for (Future<ApiClient.Response> answer : answers) {
            assertThat(answer.get().status()).as(answer.get().toString()).isEqualTo(201);
        }
        clients.shutdown();

        for (String code : others) {
            Centers.awaitStatus(code, "ACTIVE", Duration.ofSeconds(120));
        }
        JsonObject failed = Centers.awaitStatus(failing, "FAILED", Duration.ofSeconds(60));
        assertThat(failed.getString("failureReason")).startsWith("reception:");

        try (Connection db = PlatformStack.stack().connect();
                Statement sql = db.createStatement()) {
            sql.execute("drop table t_" + failing + ".ticket_counter");
        }
        assertThat(admin(operator()).post("tenants/" + failing + "/retry", "").status())
                .isEqualTo(200);
        Centers.awaitStatus(failing, "ACTIVE", Duration.ofSeconds(60));
    }

    @Test
    @DisplayName("#3.3 the identity provider mirrors the tree; a real login carries the membership")
    void identityProviderHasTheCenterAndItsAdministrator() {
        String code = "440105";
        PlatformStack.stack().createPerson("hz.admin", "海", "珠", "Hz-admin-2026");
        assertThat(Centers.create(operator(), code, "海珠区", CITY, "hz.admin").status())
                .isEqualTo(201);
        Centers.awaitStatus(code, "ACTIVE", Duration.ofSeconds(60));

        ApiClient keycloak = PlatformStack.stack().keycloakAdmin();
        ApiClient.Response center = keycloak.get("group-by-path/centers/" + PROVINCE + "/" + CITY + "/" + code);
        assertThat(center.status()).as(center.toString()).isEqualTo(200);
        ApiClient.Response administrators = keycloak.get(
                "group-by-path/centers/" + PROVINCE + "/" + CITY + "/" + code + "/" + code + ":tenant-admin");
        assertThat(administrators.status()).as(administrators.toString()).isEqualTo(200);
        String groupId = administrators.json().getString("id");
        assertThat(keycloak.get("groups/" + groupId + "/role-mappings/realm").body())
                .contains("\"tenant-admin\"");
        assertThat(keycloak.get("groups/" + groupId + "/members").body()).contains("\"hz.admin\"");

        String token = PlatformStack.stack().token("hz.admin", "Hz-admin-2026");
        JsonObject claims = Claims.of(token);
        assertThat(claims.getJsonArray("memberships").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactly(code + ":tenant-admin");
        ApiClient.Response mine = Centers.api("cases", token).get("centers");
        assertThat(mine.jsonStructure().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(found -> found.getString("code") + " " + found.getString("name"))
                .containsExactly(code + " 海珠区");
    }

    @Test
    @DisplayName(
            "#3.1 a code that does not belong beneath its parent, or exists already, is refused and creates nothing")
    void badCodesAreRefused() {
        ApiClient.Response foreign = Centers.create(operator(), "450102", "南宁某区", CITY, null);
        ApiClient.Response malformed = Centers.create(operator(), "44010", "", CITY, "Not A Name!");
        ApiClient.Response twice = Centers.create(operator(), CITY, "广州市", PROVINCE, null);

        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("code");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactlyInAnyOrder("code", "name", "administratorUsername");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(admin(operator()).get("tenants/450102").status()).isEqualTo(404);
    }

    @Test
    @DisplayName(
            "#3.1 a community belongs beneath its street, a street beneath its district; neither stands without a parent")
    void theDivisionHierarchyIsKept() {
        Centers.open(DISTRICT, "荔湾区", CITY, null);
        String community = "440103001099";
        String street = "440103099";

        ApiClient.Response skipsItsStreet = Centers.create(operator(), community, "跳级社区", DISTRICT, null);
        ApiClient.Response inEnglish = admin(operator())
                .withLanguage("en")
                .post(
                        "tenants",
                        Json.createObjectBuilder()
                                .add("code", community)
                                .add("name", "跳级社区")
                                .add("parentCode", DISTRICT)
                                .build()
                                .toString());
        ApiClient.Response streetAlone = Centers.create(operator(), street, "无上级街道", null, null);
        ApiClient.Response communityAlone = Centers.create(operator(), community, "无上级社区", null, null);
        ApiClient.Response streetUnderCity = Centers.create(operator(), street, "越级街道", CITY, null);

        assertThat(onlyError(skipsItsStreet)).startsWith("code:").contains("440103001");
        assertThat(onlyError(inEnglish)).contains("directly beneath the street or township 440103001");
        assertThat(onlyError(streetAlone)).startsWith("parentCode:").contains(DISTRICT);
        assertThat(onlyError(communityAlone)).startsWith("parentCode:").contains("440103001");
        assertThat(onlyError(streetUnderCity)).startsWith("code:").contains(DISTRICT);
        assertThat(admin(operator()).get("tenants/" + community).status()).isEqualTo(404);
        assertThat(admin(operator()).get("tenants/" + street).status()).isEqualTo(404);
    }

    @Test
    @DisplayName(
            "#3.3 a first administrator who has no account gets one: in the center's administrators, temporary password shown once")
    void firstAdministratorWithANewAccount() {
        String code = "440111";
        String username = "th.first.admin";
        ApiClient keycloak = PlatformStack.stack().keycloakAdmin();
        assertThat(keycloak.get("users?exact=true&username=" + username)
                        .jsonStructure()
                        .asJsonArray())
                .as("no account before")
                .isEmpty();

        ApiClient.Response created = Centers.create(operator(), code, "白云区", CITY, username);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject administrator = created.json().getJsonObject("administrator");
        assertThat(administrator.getString("username")).isEqualTo(username);
        assertThat(administrator.getBoolean("accountCreated")).isTrue();
        String temporaryPassword = administrator.getString("temporaryPassword");
        assertThat(temporaryPassword).isNotBlank();
        ApiClient.Response again = admin(operator()).get("tenants/" + code);
        assertThat(again.body()).doesNotContain(temporaryPassword).doesNotContain("temporaryPassword");
        Centers.awaitStatus(code, "ACTIVE", Duration.ofSeconds(60));

        JsonObject user = keycloak.get("users?exact=true&username=" + username)
                .jsonStructure()
                .asJsonArray()
                .getJsonObject(0);
        assertThat(user.getJsonArray("requiredActions").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactly("UPDATE_PASSWORD");
        String groupId = keycloak.get(
                        "group-by-path/centers/" + PROVINCE + "/" + CITY + "/" + code + "/" + code + ":tenant-admin")
                .json()
                .getString("id");
        assertThat(keycloak.get("groups/" + groupId + "/members")
                        .jsonStructure()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class))
                .extracting(member -> member.getString("username"))
                .containsExactly(username);
    }

    /** The one field error of a 400 problem, as {@code field: message}. */
    private static String onlyError(ApiClient.Response refused) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertThat(refused.json().getJsonArray("errors")).as(refused.toString()).hasSize(1);
        return error.getString("field") + ": " + error.getString("message");
    }

    /** The center once none of its steps waits or runs: one failing step does not stop the others. */
    private static JsonObject awaitStepsSettled(String code, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject center = admin(operator()).get("tenants/" + code).json();
        while (center.getJsonArray("provisioning").getValuesAs(JsonObject.class).stream()
                .anyMatch(step -> List.of("PENDING", "RUNNING").contains(step.getString("status")))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("steps of " + code + " still running after " + timeout + ": " + center);
            }
            Centers.sleep(Duration.ofMillis(300));
            center = admin(operator()).get("tenants/" + code).json();
        }
        return center;
    }

    private static JsonObject step(JsonObject center, String name) {
        return center.getJsonArray("provisioning").getValuesAs(JsonObject.class).stream()
                .filter(step -> step.getString("step").equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> tables(Connection db, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = db.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }
}
