package org.onedoor.matters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.matters.Desk.caseFile;
import static org.onedoor.matters.Desk.cases;
import static org.onedoor.matters.Desk.divorce;
import static org.onedoor.matters.Desk.reception;
import static org.onedoor.matters.Desk.register;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/**
 * Issue #4.1, a center's configuration as the front desk meets it: a category the district adds is
 * in its street's dictionary and can be registered there; a street that deactivates it no longer
 * offers it, while the district still does; the street's routing suggests a room at registration,
 * and the receptionist may dispatch to another room instead.
 *
 * <p>Tree: 岳麓区 430104 with the street 望月湖街道 430104001.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class CenterConfigurationIT {

    static final String DISTRICT = "430104";
    static final String STREET = "430104001";
    private static final String PASSWORD = "Config-2026-api";

    static String districtAdmin;
    static String districtDesk;
    static String streetAdmin;
    static String streetDesk;
    static String mediator;

    @BeforeAll
    static void centers() {
        Centers.open("430000", "湖南省", null, null);
        Centers.open("430100", "长沙市", "430000", null);
        Centers.open(DISTRICT, "岳麓区", "430100", null);
        Centers.open(STREET, "望月湖街道", DISTRICT, null);
        districtAdmin = Centers.person("c.district.admin", PASSWORD, DISTRICT + ":tenant-admin");
        districtDesk = Centers.person("c.district.desk", PASSWORD, DISTRICT + ":receptionist");
        streetAdmin = Centers.person("c.admin", PASSWORD, STREET + ":tenant-admin");
        streetDesk = Centers.person("c.desk", PASSWORD, STREET + ":receptionist");
        mediator = Centers.person("c.mediator", PASSWORD, STREET + ":mediator");
    }

    /** The district adds a category of its own; a fresh code per test keeps the tests apart. */
    static String districtCategory(String name) {
        String code = "cc-" + Long.toString(System.nanoTime(), 36);
        ApiClient.Response added = Centers.admin(districtAdmin)
                .post(
                        "t/" + DISTRICT + "/categories",
                        Json.createObjectBuilder()
                                .add("code", code)
                                .add("name", name)
                                .build()
                                .toString());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return code;
    }

    static Optional<JsonObject> entry(String token, String center, String code) {
        ApiClient.Response dictionary = Centers.admin(token).get("t/" + center + "/categories");
        assertThat(dictionary.status()).as(dictionary.toString()).isEqualTo(200);
        return dictionary.jsonStructure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(found -> code.equals(found.getString("code")))
                .findFirst();
    }

    /** The categories the desk is offered: the intake configuration's active dictionary. */
    static List<String> offered(String token, String center) {
        ApiClient.Response configuration = Centers.admin(token).get("t/" + center + "/intake-configuration");
        assertThat(configuration.status()).as(configuration.toString()).isEqualTo(200);
        return configuration.json().getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .map(category -> category.getString("code"))
                .toList();
    }

    static JsonObject matterOf(String category) {
        return divorce().add("categoryCode", category).build();
    }

    /** A room of the street without any routing to it. */
    static String room(String name) {
        ApiClient.Response created = Centers.admin(streetAdmin)
                .post(
                        "t/" + STREET + "/rooms",
                        Json.createObjectBuilder()
                                .add("name", name)
                                .add("type", "GENERAL")
                                .add("location", "一楼 102")
                                .add("mediators", Json.createArrayBuilder().add("c.mediator"))
                                .build()
                                .toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    @Test
    @DisplayName("#4.1 a category added at the district is inherited by its street, which registers matters with it")
    void districtCategoryInherited() {
        String category = districtCategory("房屋租赁纠纷");

        JsonObject inherited = entry(streetAdmin, STREET, category).orElseThrow();
        assertThat(inherited.getString("origin")).isEqualTo("inherited");
        assertThat(inherited.getString("inheritedFrom")).isEqualTo(DISTRICT);
        assertThat(inherited.getBoolean("active")).isTrue();
        assertThat(offered(streetDesk, STREET)).contains(category);

        JsonObject matter = register(streetDesk, STREET, matterOf(category));
        assertThat(matter.getJsonObject("category").getString("code")).isEqualTo(category);
        assertThat(matter.getJsonObject("category").getString("name")).isEqualTo("房屋租赁纠纷");
    }

    @Test
    @DisplayName("#4.1 deactivated at the street: hidden there and refused at its desk, still offered at the district")
    void deactivatedOnlyWhereDeactivated() {
        String category = districtCategory("停车位纠纷");
        ApiClient.Response deactivated =
                Centers.admin(streetAdmin).post("t/" + STREET + "/categories/" + category + "/deactivate", "");
        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().getBoolean("active")).isFalse();

        assertThat(offered(streetDesk, STREET)).doesNotContain(category);
        int before = Desk.mattersToday(streetDesk, STREET);
        ApiClient.Response refused = reception(streetDesk)
                .post("t/" + STREET + "/matters", matterOf(category).toString());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(violation -> violation.getString("field"))
                .contains("categoryCode");
        assertThat(Desk.mattersToday(streetDesk, STREET)).isEqualTo(before);

        assertThat(entry(districtAdmin, DISTRICT, category).orElseThrow().getBoolean("active"))
                .isTrue();
        assertThat(offered(districtDesk, DISTRICT)).contains(category);
        register(districtDesk, DISTRICT, matterOf(category));
    }

    @Test
    @DisplayName(
            "#4.1/#4.3 routing at the street suggests its room; the receptionist dispatches to another, where the case lands")
    void routingSuggestsAndDeskOverrides() {
        String category = districtCategory("噪音扰民纠纷");
        String routed = room("邻里纠纷调解室 " + category);
        String chosen = room("老刘调解工作室 " + category);
        ApiClient.Response rule = Centers.admin(streetAdmin)
                .put(
                        "t/" + STREET + "/routing/" + category,
                        Json.createObjectBuilder().add("roomId", routed).build().toString());
        assertThat(rule.status()).as(rule.toString()).isIn(200, 204);

        JsonObject matter = register(streetDesk, STREET, matterOf(category));
        assertThat(matter.getJsonObject("suggestedRoom").getString("id")).isEqualTo(routed);
        assertThat(matter.getJsonObject("room").getString("id")).isEqualTo(routed);

        ApiClient.Response dispatched = reception(streetDesk)
                .post(
                        "t/" + STREET + "/matters/" + matter.getString("id") + "/dispatch",
                        Json.createObjectBuilder().add("roomId", chosen).build().toString());
        assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);
        assertThat(dispatched.json().getJsonObject("room").getString("id")).isEqualTo(chosen);
        String caseId = dispatched.json().getString("caseId");

        assertThat(caseFile(mediator, STREET, caseId).getJsonObject("room").getString("id"))
                .isEqualTo(chosen);
        assertThat(caseIds(chosen)).contains(caseId);
        assertThat(caseIds(routed)).doesNotContain(caseId);
    }

    private static List<String> caseIds(String room) {
        ApiClient.Response listed = cases(mediator).get("t/" + STREET + "/cases?room=" + room);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return listed.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(found -> found.getString("id"))
                .toList();
    }
}
