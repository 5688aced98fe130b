package org.onedoor.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.tenancy.Centers.admin;
import static org.onedoor.tenancy.Centers.operator;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;

/**
 * Issue #22.4 through the API ({@code tenants/tree}): one tree from the highest centers a caller
 * administers, each line with its number of children, a page of children at a time; search by name
 * or code inside that tree only, each result with the centers above it inside the tree. Works in
 * 福建 台江区 (350103); the district administrator also works as a mediator in 鼓楼区's 温泉街道
 * (350102003), which is no part of its tree.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class CenterTreeApiIT {

    private static final String DISTRICT = "350103";
    private static final String YINGZHOU = "350103001";
    private static final String HOUZHOU = "350103002";
    private static final String GANGKOU = "350103001001";
    private static final String SHUANGHANG = "350103002001";
    private static final String ELSEWHERE = "350102003";
    private static final String PASSWORD = "Tree-api-2026";

    private static String district;
    private static String street;
    private static String mediator;

    @BeforeAll
    static void tree() {
        Centers.open("350000", "福建省", null, null);
        Centers.open("350100", "福州市", "350000", null);
        Centers.open("350102", "鼓楼区", "350100", null);
        Centers.open(ELSEWHERE, "温泉街道", "350102", null);
        Centers.open(DISTRICT, "台江区", "350100", null);
        Centers.open(YINGZHOU, "瀛洲街道", DISTRICT, null);
        Centers.open(HOUZHOU, "后洲街道", DISTRICT, null);
        Centers.open(GANGKOU, "港口社区", YINGZHOU, null);
        Centers.open(SHUANGHANG, "双杭社区", HOUZHOU, null);
        district = Centers.person(
                "treeapi.district",
                PASSWORD,
                DISTRICT + ":tenant-admin",
                YINGZHOU + ":tenant-admin",
                ELSEWHERE + ":mediator");
        street = Centers.person("treeapi.street", PASSWORD, YINGZHOU + ":tenant-admin");
        mediator = Centers.person("treeapi.mediator", PASSWORD, YINGZHOU + ":mediator");
    }

    @Test
    @DisplayName("#22.4 a district administrator who also administers one of its streets has one root, the district,"
            + " with its children counted")
    void oneRootForNestedAdministration() {
        List<JsonObject> roots = array(admin(district).get("tenants/tree"));

        assertThat(roots).extracting(root -> root.getString("code")).containsExactly(DISTRICT);
        assertThat(roots.get(0).getJsonNumber("children").longValue()).isEqualTo(2);
        assertThat(roots.get(0).getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    @DisplayName("#22.4 children come a page at a time, each with its own number of children")
    void childrenPaged() {
        JsonObject first = ok(admin(district).get("tenants/tree/" + DISTRICT + "?size=1"));
        JsonObject second = ok(admin(district).get("tenants/tree/" + DISTRICT + "?size=1&page=1"));

        assertThat(first.getJsonNumber("total").longValue()).isEqualTo(2);
        assertThat(items(first)).extracting(line -> line.getString("code")).containsExactly(YINGZHOU);
        assertThat(items(first).get(0).getJsonNumber("children").longValue()).isEqualTo(1);
        assertThat(items(second)).extracting(line -> line.getString("code")).containsExactly(HOUZHOU);
    }

    @Test
    @DisplayName("#22.4 search finds communities by name and by code with their places, never a center where the"
            + " caller only works")
    void searchInsideTheTree() {
        List<JsonObject> communities = items(ok(admin(district).get("tenants/tree/search?q=" + encode("社区"))));
        assertThat(communities).extracting(found -> found.getString("code")).containsExactly(GANGKOU, SHUANGHANG);
        assertThat(communities.get(0).getJsonArray("above").getValuesAs(JsonObject.class))
                .extracting(place -> place.getString("name"))
                .containsExactly("台江区", "瀛洲街道");

        assertThat(items(ok(admin(district).get("tenants/tree/search?q=" + SHUANGHANG))))
                .extracting(found -> found.getString("name"))
                .containsExactly("双杭社区");
        assertThat(ok(admin(district).get("tenants/tree/search?q=" + encode("温泉")))
                        .getJsonNumber("total")
                        .longValue())
                .as("温泉街道, where the administrator is a mediator only")
                .isZero();
        assertThat(admin(district).get("tenants/tree/" + ELSEWHERE).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("#22.4 a street administrator's tree is its street: search never returns its district or a sibling")
    void streetAdministratorSeesItsStreetOnly() {
        assertThat(array(admin(street).get("tenants/tree")))
                .extracting(root -> root.getString("code"))
                .containsExactly(YINGZHOU);
        assertThat(items(ok(admin(street).get("tenants/tree/search?q=" + encode("街道")))))
                .extracting(found -> found.getString("code"))
                .containsExactly(YINGZHOU);
        List<JsonObject> byCode = items(ok(admin(street).get("tenants/tree/search?q=" + DISTRICT)));
        assertThat(byCode).extracting(found -> found.getString("code")).containsExactly(YINGZHOU, GANGKOU);
        assertThat(byCode.get(1).getJsonArray("above").getValuesAs(JsonObject.class))
                .as("the place starts at the street: nothing above it is named")
                .extracting(place -> place.getString("code"))
                .containsExactly(YINGZHOU);
        assertThat(admin(street).get("tenants/tree/" + DISTRICT).status()).isEqualTo(404);
        assertThat(admin(street).get("tenants/tree/" + HOUZHOU).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("#22.4 a search without text or with too much is a 400 problem at q; staff without the role get 403")
    void badSearchesAndStaff() {
        for (String query : new String[] {"", "?q=", "?q=" + encode("街".repeat(101))}) {
            ApiClient.Response refused = admin(district).get("tenants/tree/search" + query);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(error -> error.getString("field"))
                    .containsExactly("q");
        }
        assertThat(admin(mediator).get("tenants/tree").status()).isEqualTo(403);
        assertThat(admin(mediator).get("tenants/tree/search?q=" + encode("社区")).status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("#22.4 the operator's tree is the whole registry: its places start at the province")
    void operatorSeesTheWholeTree() {
        assertThat(array(admin(operator()).get("tenants/tree")))
                .extracting(root -> root.getString("code"))
                .contains("350000");
        List<JsonObject> found = items(ok(admin(operator()).get("tenants/tree/search?q=" + GANGKOU)));
        assertThat(found.get(0).getJsonArray("above").getValuesAs(JsonObject.class))
                .extracting(place -> place.getString("name"))
                .containsExactly("福建省", "福州市", "台江区", "瀛洲街道");
    }

    private static JsonObject ok(ApiClient.Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> array(ApiClient.Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return ((JsonArray) answer.jsonStructure()).getValuesAs(JsonObject.class);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
