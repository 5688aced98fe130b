package org.onedoor.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onedoor.tenancy.Centers.admin;
import static org.onedoor.tenancy.Centers.operator;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.matters.Desk;
import org.onedoor.stack.StackException;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;

/**
 * Issue #13 finding 6: one integration client for every center. A center's administrator creates
 * an integration of the center's own (its own client and secret, shown once, rotatable, revocable);
 * it pushes only into the centers connected to it; only someone who administers its owner can
 * connect it elsewhere; module clients can never be connected. Works in 新疆 (650000) on the whole
 * platform.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class IntegrationScopeIT {

    private static final String DISTRICT = "650102";
    private static final String OTHER_DISTRICT = "650103";
    private static final String STREET = "650102001";
    private static final String SISTER_STREET = "650102002";
    private static final String STRANGER_STREET = "650103001";
    private static final String PASSWORD = "Integration-2026";

    private static String district;
    private static String street;
    private static String strangerAdmin;
    private static String receptionist;
    private static String strangerDesk;

    @BeforeAll
    static void tree() {
        Centers.open("650000", "新疆维吾尔自治区", null, null);
        Centers.open("650100", "乌鲁木齐市", "650000", null);
        Centers.open(DISTRICT, "天山区", "650100", null);
        Centers.open(OTHER_DISTRICT, "沙依巴克区", "650100", null);
        Centers.open(STREET, "燕儿窝街道", DISTRICT, null);
        Centers.open(SISTER_STREET, "胜利路街道", DISTRICT, null);
        Centers.open(STRANGER_STREET, "西山街道", OTHER_DISTRICT, null);
        district = Centers.person("int.district", PASSWORD, DISTRICT + ":tenant-admin");
        street = Centers.person("int.street", PASSWORD, STREET + ":tenant-admin");
        strangerAdmin = Centers.person("int.stranger", PASSWORD, STRANGER_STREET + ":tenant-admin");
        receptionist = Centers.person("int.desk", PASSWORD, STREET + ":receptionist");
        strangerDesk = Centers.person("int.desk.stranger", PASSWORD, STRANGER_STREET + ":receptionist");
    }

    @Test
    @DisplayName(
            "#13.6 a street's own integration pushes into that street only, until its district connects it to another")
    void pushesOnlyWhereConnected() {
        JsonObject created = create(street, STREET, "12345 热线");
        String clientId = created.getString("clientId");
        String secret = created.getString("secret");
        assertThat(clientId).startsWith("onedoor-int-" + STREET + "-");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(20);

        ApiClient.Response listed = admin(street).get("t/" + STREET + "/integrations");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().getInt("total")).isEqualTo(1);
        JsonObject entry = listed.json().getJsonArray("items").getJsonObject(0);
        assertThat(entry.getString("clientId")).isEqualTo(clientId);
        assertThat(entry.getString("name")).isEqualTo("12345 热线");
        assertThat(entry.getBoolean("owned")).isTrue();
        assertThat(listed.body()).as("the secret is shown once, never listed").doesNotContain(secret);

        String token = PlatformStack.stack().integrationToken(clientId, secret);
        JsonObject claims = Claims.of(token);
        assertThat(claims.getJsonNumber("exp").longValue()
                        - claims.getJsonNumber("iat").longValue())
                .as("its tokens live a minute, so a deletion or disconnection bites within one")
                .isLessThanOrEqualTo(60);
        assertThat(memberships(token)).containsExactly(STREET + ":integration");
        assertThat(push(token, STREET, "12345-own").status()).isEqualTo(201);
        assertThat(push(token, SISTER_STREET, "12345-sister").status()).isEqualTo(404);
        assertThat(push(token, STRANGER_STREET, "12345-stranger").status()).isEqualTo(404);

        ApiClient.Response byStranger =
                admin(strangerAdmin).put("t/" + STRANGER_STREET + "/integrations/" + clientId, "{}");
        assertThat(byStranger.status())
                .as("not theirs to connect: " + byStranger)
                .isEqualTo(404);
        ApiClient.Response bySister = admin(street).put("t/" + SISTER_STREET + "/integrations/" + clientId, "{}");
        assertThat(bySister.status())
                .as("the street does not administer its sister: " + bySister)
                .isEqualTo(404);

        ApiClient.Response byDistrict = admin(district).put("t/" + SISTER_STREET + "/integrations/" + clientId, "{}");
        assertThat(byDistrict.status()).as(byDistrict.toString()).isEqualTo(204);
        String connected = PlatformStack.stack().integrationToken(clientId, secret);
        assertThat(memberships(connected))
                .containsExactlyInAnyOrder(STREET + ":integration", SISTER_STREET + ":integration");
        assertThat(push(connected, SISTER_STREET, "12345-sister-2").status()).isEqualTo(201);
        assertThat(push(connected, STRANGER_STREET, "12345-stranger-2").status())
                .isEqualTo(404);
        assertThat(Desk.mattersToday(strangerDesk, STRANGER_STREET))
                .as("nothing reached the stranger street")
                .isZero();

        ApiClient.Response sisterList = admin(district).get("t/" + SISTER_STREET + "/integrations");
        assertThat(sisterList.json().getJsonArray("items").getJsonObject(0).getBoolean("owned"))
                .isFalse();
        ApiClient.Response sisterRotates =
                admin(district).post("t/" + SISTER_STREET + "/integrations/" + clientId + "/secret", "{}");
        assertThat(sisterRotates.status())
                .as("only the owner center rotates: " + sisterRotates)
                .isEqualTo(404);
        assertThat(admin(district)
                        .delete("t/" + SISTER_STREET + "/integrations/" + clientId)
                        .status())
                .as("another center can only disconnect it")
                .isEqualTo(204);
        assertThat(memberships(PlatformStack.stack().integrationToken(clientId, secret)))
                .containsExactly(STREET + ":integration");
    }

    @Test
    @DisplayName("#13.6 module clients and the old shared client can never be connected, not even by the operator")
    void moduleClientsAreNeverIntegrations() {
        for (String client : List.of(
                "onedoor-cases",
                "onedoor-reception",
                "onedoor-admin",
                "onedoor-provisioner",
                "onedoor-cli",
                "onedoor-integration",
                "onedoor-int-" + STREET + "-00000000")) {
            for (String caller : List.of(street, operator())) {
                ApiClient.Response answer = admin(caller).put("t/" + STREET + "/integrations/" + client, "{}");
                assertThat(answer.status()).as(client + ": " + answer).isEqualTo(404);
                assertThat(answer.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(Claims.of(PlatformStack.stack().moduleToken("cases")).toString())
                .as("the attempts left the module's service account as it was")
                .doesNotContain(":integration");
    }

    @Test
    @DisplayName(
            "#13.6 a rotated secret replaces the old one at once; a deleted integration gets no more tokens; both recorded")
    void rotateAndDelete() {
        JsonObject created = create(street, STREET, "信访系统");
        String clientId = created.getString("clientId");
        String first = created.getString("secret");

        ApiClient.Response rotated = admin(street).post("t/" + STREET + "/integrations/" + clientId + "/secret", "{}");
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String second = rotated.json().getString("secret");
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> PlatformStack.stack().integrationToken(clientId, first))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("401");
        String token = PlatformStack.stack().integrationToken(clientId, second);
        assertThat(push(token, STREET, "petition-1").status()).isEqualTo(201);

        assertThat(admin(street)
                        .delete("t/" + STREET + "/integrations/" + clientId)
                        .status())
                .isEqualTo(204);
        assertThatThrownBy(() -> PlatformStack.stack().integrationToken(clientId, second))
                .isInstanceOf(StackException.class);
        assertThat(admin(street).get("t/" + STREET + "/integrations").body()).doesNotContain(clientId);
        assertThat(admin(street)
                        .delete("t/" + STREET + "/integrations/" + clientId)
                        .status())
                .isEqualTo(404);

        ApiClient.Response record =
                admin(street).get("t/" + STREET + "/role-changes?username=service-account-" + clientId);
        assertThat(record.status()).as(record.toString()).isEqualTo(200);
        assertThat(record.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(change -> change.getString("change") + " " + change.getString("role") + " "
                        + change.getString("changedBy"))
                .containsExactly("REVOKED integration int.street", "GRANTED integration int.street");
    }

    @Test
    @DisplayName("#13.6 strangers get 404, a member without the role 403, a bad name 400; nothing is created")
    void strangersAndBadInput() {
        String path = "t/" + STREET + "/integrations";
        for (ApiClient.Response answer : List.of(
                admin(strangerAdmin).get(path),
                admin(strangerAdmin).post(path, "{\"name\":\"冒名\"}"),
                admin(strangerAdmin).post(path, "{not json"))) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        }
        for (ApiClient.Response answer :
                List.of(admin(receptionist).get(path), admin(receptionist).post(path, "{\"name\":\"前台\"}"))) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        }
        for (String body : List.of("{}", "{\"name\":\"   \"}", "{\"name\":\"" + "长".repeat(61) + "\"}")) {
            ApiClient.Response answer = admin(street).post(path, body);
            assertThat(answer.status()).as(body + " → " + answer).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).contains("\"name\"");
        }
        assertThat(admin(street).get(path).json().getJsonArray("items").toString())
                .doesNotContain("冒名")
                .doesNotContain("前台");
    }

    private static JsonObject create(String token, String center, String name) {
        ApiClient.Response created = admin(token).post("t/" + center + "/integrations", "{\"name\":\"" + name + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location"))
                .endsWith("/t/" + center + "/integrations/" + created.json().getString("clientId"));
        return created.json();
    }

    private static ApiClient.Response push(String token, String center, String reference) {
        return Desk.reception(token)
                .withHeader("Idempotency-Key", reference + "-" + System.nanoTime())
                .post("t/" + center + "/intake", workOrder(reference + "-" + System.nanoTime()));
    }

    private static String workOrder(String reference) {
        return "{\"channel\":\"HOTLINE_12345\",\"externalReference\":\"" + reference + "\","
                + "\"categoryCode\":\"property-management\",\"riskLevel\":\"LOW\",\"grade\":\"ORDINARY\","
                + "\"description\":\"楼上漏水，协商不成。\",\"parties\":[{\"role\":\"APPLICANT\",\"name\":\"阿依古丽\","
                + "\"phone\":\"13900001111\"}]}";
    }

    private static List<String> memberships(String token) {
        return Claims.of(token).getJsonArray("memberships").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
