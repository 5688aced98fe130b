package org.onedoor.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.tenancy.Centers.admin;
import static org.onedoor.tenancy.Centers.operator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;

/**
 * Issue #13 finding 3 (ADR 0015): account squatting. One username rule in the API and the page,
 * naming an existing account is explicit, and every grant and revocation is recorded. Works in
 * 宁夏 (640000) on the whole platform: real Keycloak, PostgreSQL, Payara Micro.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class AccountSquattingIT {

    private static final String PROVINCE = "640000";
    private static final String CITY = "640100";
    private static final String DISTRICT = "640104";
    private static final String OTHER_DISTRICT = "640105";
    private static final String STREET = "640104001";
    private static final String SISTER_STREET = "640104002";
    private static final String PASSWORD = "Squat-test-2026";

    private static String district;
    private static String street;
    private static String auditor;
    private static String mediator;
    private static String stranger;

    @BeforeAll
    static void tree() {
        Centers.open(PROVINCE, "宁夏回族自治区", null, null);
        Centers.open(CITY, "银川市", PROVINCE, null);
        Centers.open(DISTRICT, "兴庆区", CITY, null);
        Centers.open(OTHER_DISTRICT, "西夏区", CITY, null);
        Centers.open(STREET, "凤凰北街街道", DISTRICT, null);
        Centers.open(SISTER_STREET, "玉皇阁北街街道", DISTRICT, null);
        district = Centers.person("sq.district", PASSWORD, DISTRICT + ":tenant-admin");
        street = Centers.person("sq.street", PASSWORD, STREET + ":tenant-admin");
        auditor = Centers.person("sq.auditor", PASSWORD, STREET + ":auditor");
        mediator = Centers.person("sq.mediator", PASSWORD, STREET + ":mediator");
        stranger = Centers.person("sq.stranger", PASSWORD, OTHER_DISTRICT + ":tenant-admin");
        // the person someone might want to squat: works in the sister street, out of the street's sight
        PlatformStack.stack().createPerson("sq.victim", "马", "兰花", PASSWORD);
        Centers.grant(SISTER_STREET, "sq.victim", "mediator");
    }

    @Test
    @DisplayName("#14.6 a center's members answer one page at a time, filtered by role and text; strangers 404 first")
    void membersArePaged() {
        ApiClient.Response all = admin(street).get("t/" + STREET + "/members");
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        int total = all.json().getInt("total");
        assertThat(total).isGreaterThanOrEqualTo(3);

        JsonObject one =
                admin(street).get("t/" + STREET + "/members?size=1&page=1").json();
        assertThat(one.getJsonArray("items")).hasSize(1);
        assertThat(one.getInt("total")).isEqualTo(total);
        JsonObject mediators =
                admin(street).get("t/" + STREET + "/members?role=mediator").json();
        assertThat(mediators.getJsonArray("items").getValuesAs(JsonObject.class))
                .isNotEmpty()
                .allSatisfy(member -> assertThat(member.getString("role")).isEqualTo("mediator"));
        JsonObject found =
                admin(street).get("t/" + STREET + "/members?q=AUDITOR").json();
        assertThat(found.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(member -> member.getString("username"))
                .containsExactly("sq.auditor");

        assertThat(admin(street).get("t/" + STREET + "/members?role=boss").status())
                .isEqualTo(400);
        assertThat(admin(street).get("t/" + STREET + "/members?size=0").status())
                .isEqualTo(400);
        assertThat(admin(stranger)
                        .get("t/" + STREET + "/members?role=boss&size=0")
                        .status())
                .as("a stranger learns nothing, not even that the parameters are wrong")
                .isEqualTo(404);
    }

    @Test
    @DisplayName(
            "#13.3 bad usernames, e-mails and names answer 400 naming the field, in members and tenants; nothing is created")
    void badNamesAre400NotCreated() {
        String longName = "x".repeat(300);
        for (String[] bad : new String[][] {
            {"{\"username\":\"bad name <script>\",\"role\":\"mediator\"}", "username"},
            {"{\"username\":\"" + longName + "\",\"role\":\"mediator\"}", "username"},
            {"{\"username\":\"sq.new1\",\"role\":\"mediator\",\"email\":\"not an email\"}", "email"},
            {"{\"username\":\"sq.new2\",\"role\":\"mediator\",\"name\":\"" + "名".repeat(101) + "\"}", "name"},
        }) {
            ApiClient.Response answer = admin(street).post("t/" + STREET + "/members", bad[0]);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(fields(answer)).as(answer.toString()).contains(bad[1]);
        }
        assertThat(accountExists("bad name <script>")).isFalse();
        assertThat(accountExists("sq.new1")).isFalse();
        assertThat(accountExists("sq.new2")).isFalse();

        ApiClient.Response badAdministrator = admin(operator())
                .post(
                        "tenants",
                        Json.createObjectBuilder()
                                .add("code", "640106")
                                .add("name", "金凤区")
                                .add("parentCode", CITY)
                                .add("administratorUsername", "bad name <script>")
                                .add("administratorName", "名".repeat(101))
                                .build()
                                .toString());
        assertThat(badAdministrator.status()).as(badAdministrator.toString()).isEqualTo(400);
        assertThat(fields(badAdministrator)).contains("administratorUsername", "administratorName");
        assertThat(admin(operator()).get("tenants/640106").status()).isEqualTo(404);

        ApiClient.Response nobody = admin(street).delete("t/" + STREET + "/members/nosuch/roles/mediator");
        assertThat(nobody.status()).as(nobody.toString()).isEqualTo(404);
        assertThat(nobody.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName(
            "#13.3 an existing account is named only with confirmation; the 409 says whose it is as far as the caller may see")
    void existingAccountNeedsConfirmation() {
        String grant = "{\"username\":\"sq.victim\",\"role\":\"tenant-admin\"}";

        ApiClient.Response squatter = admin(street).post("t/" + STREET + "/members", grant);
        assertThat(squatter.status()).as(squatter.toString()).isEqualTo(409);
        assertThat(squatter.json().getString("detail"))
                .contains("sq.victim")
                .as("the street cannot see the sister street: no name, no center")
                .doesNotContain("马兰花")
                .doesNotContain(SISTER_STREET);
        assertThat(members(STREET)).doesNotContain("sq.victim");

        ApiClient.Response above = admin(district).post("t/" + STREET + "/members", grant);
        assertThat(above.status()).as(above.toString()).isEqualTo(409);
        assertThat(above.json().getString("detail")).contains("马兰花").contains(SISTER_STREET);
        assertThat(members(STREET)).doesNotContain("sq.victim");

        ApiClient.Response confirmed = admin(district)
                .post(
                        "t/" + STREET + "/members",
                        "{\"username\":\"sq.victim\",\"role\":\"tenant-admin\",\"confirmExistingAccount\":true}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        assertThat(confirmed.json().getBoolean("accountCreated")).isFalse();
        assertThat(members(STREET)).contains("sq.victim");

        // a new district's first administrator, likewise
        PlatformStack.stack().createPerson("sq.parked", "停", "放", PASSWORD);
        String center = Json.createObjectBuilder()
                .add("code", "640121")
                .add("name", "永宁县")
                .add("parentCode", CITY)
                .add("administratorUsername", "sq.parked")
                .build()
                .toString();
        ApiClient.Response silent = admin(operator()).post("tenants", center);
        assertThat(silent.status()).as(silent.toString()).isEqualTo(409);
        assertThat(silent.json().getString("detail")).contains("sq.parked").contains("停放");
        assertThat(admin(operator()).get("tenants/640121").status()).isEqualTo(404);
        ApiClient.Response opened = admin(operator())
                .post("tenants", center.replace("\"sq.parked\"", "\"sq.parked\",\"confirmExistingAccount\":true"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        Centers.awaitStatus("640121", "ACTIVE", Duration.ofSeconds(60));
        JsonObject first = awaitChange("640121", "sq.parked");
        assertThat(first.getString("role")).isEqualTo("tenant-admin");
        assertThat(first.getString("change")).isEqualTo("GRANTED");
        assertThat(first.getString("changedBy")).isEqualTo("operator");
    }

    @Test
    @DisplayName("#13.3 grants and revocations are recorded, newest first, for the administrator and the auditor only")
    void roleChangesAreRecordedAndReadable() {
        assertThat(admin(street)
                        .post("t/" + STREET + "/members", "{\"username\":\"sq.fresh\",\"role\":\"receptionist\"}")
                        .status())
                .isEqualTo(201);
        assertThat(admin(street)
                        .delete("t/" + STREET + "/members/sq.fresh/roles/receptionist")
                        .status())
                .isEqualTo(204);

        ApiClient.Response read = admin(street).get("t/" + STREET + "/role-changes?username=sq.fresh");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        List<JsonObject> items = read.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items)
                .extracting(item ->
                        item.getString("change") + " " + item.getString("role") + " by " + item.getString("changedBy"))
                .containsExactly("REVOKED receptionist by sq.street", "GRANTED receptionist by sq.street");
        assertThat(read.json().getJsonNumber("total").longValue()).isEqualTo(2);

        ApiClient.Response paged = admin(street).get("t/" + STREET + "/role-changes?size=1");
        assertThat(paged.status()).isEqualTo(200);
        assertThat(paged.json().getJsonArray("items")).hasSize(1);
        assertThat(paged.json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(5);

        assertThat(admin(auditor).get("t/" + STREET + "/role-changes").status()).isEqualTo(200);
        assertThat(admin(district).get("t/" + STREET + "/role-changes").status())
                .isEqualTo(200);
        ApiClient.Response member = admin(mediator).get("t/" + STREET + "/role-changes");
        assertThat(member.status()).as(member.toString()).isEqualTo(403);
        ApiClient.Response outsider = admin(stranger).get("t/" + STREET + "/role-changes");
        assertThat(outsider.status()).as(outsider.toString()).isEqualTo(404);
        assertThat(admin(stranger).get("t/999999999/role-changes").status()).isEqualTo(404);
        assertThat(admin(street)
                        .get("t/" + STREET + "/role-changes?username=bad%20name")
                        .status())
                .isEqualTo(400);
    }

    private static JsonObject awaitChange(String code, String username) {
        for (int i = 0; i < 50; i++) {
            ApiClient.Response read = admin(operator()).get("t/" + code + "/role-changes?username=" + username);
            if (read.status() == 200 && !read.json().getJsonArray("items").isEmpty()) {
                return read.json().getJsonArray("items").getJsonObject(0);
            }
            Centers.sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("no role change of " + username + " in " + code);
    }

    private static String members(String code) {
        return admin(operator()).get("t/" + code + "/members").body();
    }

    private static List<String> fields(ApiClient.Response answer) {
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field"))
                .toList();
    }

    private static boolean accountExists(String username) {
        String found = PlatformStack.stack()
                .keycloakAdmin()
                .get("users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8))
                .body();
        return !found.strip().equals("[]");
    }
}
