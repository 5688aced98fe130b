package org.onedoor.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.tenancy.Centers.admin;
import static org.onedoor.tenancy.Centers.api;
import static org.onedoor.tenancy.Centers.operator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;

/**
 * Issue #3, isolation: for every center-scoped endpoint, a caller from another center cannot read,
 * list, change or delete the center's data — the answer is 404 and nothing changes. Siblings,
 * child → parent and an unrelated district are covered; positive controls show the same calls work
 * for the center's own staff. Also the delegated-administration boundaries (#3.5), and 403 for a
 * member of the center without the role (#2). Calls that name a record by its id: {@link
 * IsolationOfRecordsIT}.
 *
 * <p>Tree (湖北省): 江岸区 A 420102 with streets A1 420102001 and A2 420102002; 江汉区 B 420103 with
 * street B1 420103001.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class IsolationMatrixIT {

    static final String A = "420102";
    static final String A1 = "420102001";
    static final String A2 = "420102002";
    static final String B = "420103";
    static final String B1 = "420103001";
    private static final String PASSWORD = "Iso-matrix-2026";
    private static final String MATTER =
            "{\"categoryCode\":\"neighbour\",\"channel\":\"WALK_IN\",\"riskLevel\":\"LOW\","
                    + "\"grade\":\"ORDINARY\",\"description\":\"闯入\",\"parties\":[{\"role\":\"APPLICANT\",\"name\":\"某\"}]}";

    static String aAdmin;
    static String a1Admin;
    static String a1Staff;
    static String a2Staff;
    static String bAdmin;
    static String b1Staff;

    @BeforeAll
    static void tree() {
        Centers.open("420000", "湖北省", null, null);
        Centers.open("420100", "武汉市", "420000", null);
        Centers.open(A, "江岸区", "420100", null);
        Centers.open(A1, "大智街道", A, null);
        Centers.open(A2, "一元街道", A, null);
        Centers.open(B, "江汉区", "420100", null);
        Centers.open(B1, "民族街道", B, null);
        aAdmin = Centers.person("iso.a.admin", PASSWORD, A + ":tenant-admin");
        a1Admin = Centers.person("iso.a1.admin", PASSWORD, A1 + ":tenant-admin");
        a1Staff = Centers.person("iso.a1.staff", PASSWORD, A1 + ":mediator");
        a2Staff = Centers.person("iso.a2.staff", PASSWORD, A2 + ":mediator");
        bAdmin = Centers.person("iso.b.admin", PASSWORD, B + ":tenant-admin");
        b1Staff = Centers.person("iso.b1.staff", PASSWORD, B1 + ":receptionist");
        describe(aAdmin, A, "江岸区中心 胜利街 1 号");
        describe(a1Admin, A1, "大智街道中心 中山大道 2 号");
        describe(bAdmin, B, "江汉区中心 解放大道 3 号");
    }

    static Stream<Arguments> strangers() {
        return Stream.of(
                Arguments.of("sibling street", "iso.a2.staff", A1),
                Arguments.of("child to parent", "iso.a1.admin", A),
                Arguments.of("child staff to parent", "iso.a1.staff", A),
                Arguments.of("unrelated district", "iso.b.admin", A),
                Arguments.of("unrelated district to its street", "iso.b.admin", A1),
                Arguments.of("unrelated street", "iso.b1.staff", A1));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("strangers")
    @DisplayName("#3 another center's caller cannot read, list, change or delete: 404 and no side effect")
    void strangersGetNotFoundAndChangeNothing(String relation, String username, String center) {
        String token = PlatformStack.stack().token(username, PASSWORD);
        ApiClient adminApi = admin(token);
        JsonObject profileBefore = profileAsOwner(center);

        List<ApiClient.Response> answers = List.of(
                adminApi.get("t/" + center),
                api("reception", token).get("t/" + center),
                api("cases", token).get("t/" + center),
                adminApi.get("t/" + center + "/profile"),
                adminApi.put("t/" + center + "/profile", profileJson("改掉 " + relation)),
                // issue #4: the center's configuration, front desk and case files
                adminApi.get("t/" + center + "/rooms"),
                adminApi.post("t/" + center + "/rooms", "{\"name\":\"闯入调解室\",\"type\":\"GENERAL\"}"),
                adminApi.get("t/" + center + "/categories"),
                adminApi.post("t/" + center + "/categories", "{\"code\":\"intruded\",\"name\":\"闯入\"}"),
                adminApi.get("t/" + center + "/routing"),
                adminApi.get("t/" + center + "/intake-configuration"),
                api("reception", token).get("t/" + center + "/matters"),
                api("reception", token).get("t/" + center + "/matters/hall"),
                api("reception", token).post("t/" + center + "/matters", MATTER),
                api("cases", token).get("t/" + center + "/cases"),
                adminApi.get("t/" + center + "/members"),
                adminApi.post("t/" + center + "/members", "{\"username\":\"" + username + "\",\"role\":\"mediator\"}"),
                adminApi.delete("t/" + center + "/members/iso.a1.staff/roles/mediator"),
                adminApi.get("tenants/" + center),
                adminApi.get("tenants/" + center + "/children"),
                adminApi.put("tenants/" + center + "/name", "{\"name\":\"被改名\"}"),
                adminApi.post("tenants/" + center + "/suspend", ""),
                adminApi.post("tenants/" + center + "/archive", ""),
                adminApi.post("tenants/" + center + "/retry", ""));

        // a center outside the caller's memberships answers 404 whatever the caller's roles: a 403
        // would tell a stranger the center exists
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as("%s", answer).isEqualTo(404);
            assertThat(answer.contentType()).as("%s", answer).startsWith("application/problem+json");
        });
        assertThat(profileAsOwner(center)).as("profile unchanged").isEqualTo(profileBefore);
        String owner = ownerOf(center);
        assertThat(admin(owner).get("t/" + center + "/rooms").body())
                .as("no room opened")
                .doesNotContain("闯入调解室");
        assertThat(admin(owner).get("t/" + center + "/categories").body())
                .as("no category added")
                .doesNotContain("intruded");
        assertThat(api("reception", owner).get("t/" + center + "/matters").body())
                .as("nothing registered")
                .doesNotContain("闯入");
        JsonObject registry = admin(operator()).get("tenants/" + center).json();
        assertThat(registry.getString("status")).isEqualTo("ACTIVE");
        assertThat(registry.getString("name")).isNotEqualTo("被改名");
        assertThat(admin(operator()).get("t/" + center + "/members").body())
                .as("no membership given or taken")
                .doesNotContain("\"" + username + "\"");
        if (center.equals(A1)) {
            assertThat(admin(operator()).get("t/" + A1 + "/members").body()).contains("iso.a1.staff");
        }
    }

    @Test
    @DisplayName("#3 positive control: a center's own staff read its profile; the list of centers shows only their own")
    void ownStaffSeeTheirCenter() {
        ApiClient.Response profile = admin(a1Staff).get("t/" + A1 + "/profile");
        ApiClient.Response centers = api("reception", b1Staff).get("centers");

        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().getString("code")).isEqualTo(A1);
        assertThat(profile.json().getString("address")).isEqualTo("大智街道中心 中山大道 2 号");
        assertThat(centers.jsonStructure().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(center -> center.getString("code"))
                .containsExactly(B1);
        assertThat(admin(a1Staff).put("t/" + A1 + "/profile", profileJson("x")).status())
                .as("a mediator may read but not change the profile")
                .isEqualTo(403);
    }

    @Test
    @DisplayName("#2.3 invalid input lists every field and changes nothing")
    void invalidProfileIsRefusedFieldByField() {
        String tooLong = "长".repeat(201);
        String body = Json.createObjectBuilder()
                .add("address", tooLong)
                .add("phone", "1".repeat(41))
                .build()
                .toString();

        ApiClient.Response refused = admin(a1Admin).withLanguage("en").put("t/" + A1 + "/profile", body);
        ApiClient.Response malformed = admin(a1Admin).put("t/" + A1 + "/profile", "{\"address\": ");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactly("address", "phone");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("200");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(admin(a1Admin).get("t/" + A1 + "/profile").json().getString("address"))
                .isEqualTo("大智街道中心 中山大道 2 号");
    }

    @Test
    @DisplayName("#3.5 a district administrator administers streets beneath it, not its own district or another")
    void districtAdministratorBoundaries() {
        ApiClient district = admin(aAdmin);

        assertThat(Centers.create(aAdmin, "420102001002", "洞庭社区", A1, null).status())
                .isEqualTo(201);
        assertThat(district.post("tenants/" + A2 + "/suspend", "").status()).isEqualTo(200);
        assertThat(district.post("tenants/" + A2 + "/reactivate", "").status()).isEqualTo(200);
        assertThat(district.get("t/" + A1 + "/members").status())
                .as("staff of a street beneath")
                .isEqualTo(200);

        assertThat(district.post("tenants/" + A + "/suspend", "").status())
                .as("its own district")
                .isEqualTo(403);
        assertThat(Centers.create(aAdmin, "420104", "硚口区", "420100", null).status())
                .as("a district beside it")
                .isEqualTo(404);
        assertThat(Centers.create(aAdmin, "420103002", "满春街道", B, null).status())
                .as("a street of another district")
                .isEqualTo(404);
        assertThat(district.post("tenants/" + B1 + "/suspend", "").status()).isEqualTo(404);
        assertThat(admin(operator()).get("tenants/" + B1).json().getString("status"))
                .isEqualTo("ACTIVE");
    }

    @Test
    @DisplayName("#3.5 a street administrator works only beneath its street; staff without the role cannot administer")
    void streetAdministratorAndStaffBoundaries() {
        assertThat(Centers.create(a1Admin, "420102001003", "黎黄陂路社区", A1, null).status())
                .isEqualTo(201);
        assertThat(Centers.create(a1Admin, "420102002001", "一元社区", A2, null).status())
                .isEqualTo(404);
        assertThat(admin(a1Admin).post("tenants/" + A1 + "/suspend", "").status())
                .isEqualTo(403);
        assertThat(admin(a1Staff).get("tenants").status())
                .as("a mediator has no registry")
                .isEqualTo(403);
        assertThat(Centers.create(a1Staff, "420102001004", "x", A1, null).status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("#2 a member without the role: 403 problem+json, and nothing changes")
    void memberWithoutTheRoleIsForbidden() {
        ApiClient mediator = admin(a1Staff);

        List<ApiClient.Response> answers = List.of(
                mediator.get("tenants/" + A1),
                mediator.get("tenants/" + A1 + "/children"),
                mediator.post("tenants/" + A1 + "/suspend", ""),
                mediator.put("tenants/" + A1 + "/name", "{\"name\":\"被改名\"}"),
                mediator.get("t/" + A1 + "/members"),
                mediator.post("t/" + A1 + "/members", "{\"username\":\"iso.a2.staff\",\"role\":\"mediator\"}"),
                mediator.put("t/" + A1 + "/integrations/onedoor-int-" + A1 + "-00000000", "{}"),
                mediator.post("t/" + A1 + "/integrations", "{\"name\":\"12345 热线\"}"),
                mediator.get("t/" + A1 + "/integrations"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as("%s", answer).isEqualTo(403);
            assertThat(answer.contentType()).as("%s", answer).startsWith("application/problem+json");
            assertThat(answer.json().getInt("status")).isEqualTo(403);
        });
        JsonObject registry = admin(operator()).get("tenants/" + A1).json();
        assertThat(registry.getString("status")).isEqualTo("ACTIVE");
        assertThat(registry.getString("name")).isEqualTo("大智街道");
        assertThat(admin(operator()).get("t/" + A1 + "/members").body()).doesNotContain("iso.a2.staff");
    }

    private static void describe(String token, String center, String address) {
        ApiClient.Response answer = admin(token).put("t/" + center + "/profile", profileJson(address));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    private static String profileJson(String address) {
        return Json.createObjectBuilder()
                .add("address", address)
                .add("phone", "027-8888 0000")
                .add("openingHours", "周一至周五 8:30–17:30")
                .build()
                .toString();
    }

    private static JsonObject profileAsOwner(String center) {
        return admin(ownerOf(center)).get("t/" + center + "/profile").json();
    }

    private static String ownerOf(String center) {
        return switch (center) {
            case A -> aAdmin;
            case A1 -> a1Admin;
            default -> throw new IllegalArgumentException(center);
        };
    }
}
