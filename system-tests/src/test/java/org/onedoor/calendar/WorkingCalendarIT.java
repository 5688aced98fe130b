package org.onedoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.tenancy.Centers.admin;
import static org.onedoor.tenancy.Centers.operator;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/**
 * Issue #15.1 on the running platform: the national calendar shipped by the platform's migration
 * (2025 and 2026, read back day by day), a year the platform operator loads and what bad input
 * leaves behind (nothing), and a district's local days with who may declare them. Works in 云南
 * 五华区 530102 (its street 华山街道 530102001) and 盘龙区 530103; the operator's year is 2030, a
 * year no other test reads.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class WorkingCalendarIT {

    private static final String DISTRICT = "530102";
    private static final String STREET = "530102001";
    private static final String OTHER_DISTRICT = "530103";
    private static final String PASSWORD = "Calendar-2026-days";

    private static String districtAdmin;
    private static String streetAdmin;
    private static String mediator;
    private static String stranger;

    @BeforeAll
    static void centers() {
        Centers.open("530000", "云南省", null, null);
        Centers.open("530100", "昆明市", "530000", null);
        Centers.open(DISTRICT, "五华区", "530100", null);
        Centers.open(STREET, "华山街道", DISTRICT, null);
        Centers.open(OTHER_DISTRICT, "盘龙区", "530100", null);
        districtAdmin = Centers.person("cal.district", PASSWORD, DISTRICT + ":tenant-admin");
        streetAdmin = Centers.person("cal.street", PASSWORD, STREET + ":tenant-admin");
        mediator = Centers.person("cal.mediator", PASSWORD, DISTRICT + ":mediator");
        stranger = Centers.person("cal.stranger", PASSWORD, OTHER_DISTRICT + ":tenant-admin");
    }

    @Test
    @DisplayName("#15.1 the 2026 notice ships: Spring Festival 2-15..2-23 off, 2-14 and 2-28 worked; 2027 is missing")
    void shippedNationalCalendar() {
        JsonObject year = ok(admin(districtAdmin).get("calendar/years/2026"));
        assertThat(year.getBoolean("loaded")).isTrue();
        assertThat(year.getString("source")).contains("国办发明电");
        List<String> days = year.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .map(day -> day.getString("date") + " " + day.getString("kind"))
                .toList();
        assertThat(days)
                .contains(
                        "2026-01-04 WORKING",
                        "2026-02-14 WORKING",
                        "2026-02-15 HOLIDAY",
                        "2026-02-23 HOLIDAY",
                        "2026-02-28 WORKING",
                        "2026-10-07 HOLIDAY",
                        "2026-10-10 WORKING")
                .doesNotContain("2026-02-24 HOLIDAY");

        JsonObject years = ok(admin(districtAdmin).get("calendar/years"));
        assertThat(years.getJsonArray("loaded").getValuesAs(JsonObject.class))
                .extracting(loaded -> loaded.getInt("year"))
                .contains(2025, 2026);
        assertThat(years.getJsonArray("missing").getValuesAs(jakarta.json.JsonNumber.class))
                .extracting(jakarta.json.JsonNumber::intValue)
                .contains(2027);
    }

    @Test
    @DisplayName("#15.1 bad input for a year answers 400 naming each field and saves nothing; a good year loads whole")
    void operatorLoadsAYear() {
        ApiClient.Response bad = admin(operator()).put("calendar/years/2030", """
                        {"year":2030,"source":"测试通知","days":[
                          {"date":"2030-01-01","kind":"HOLIDAY","name":"元旦"},
                          {"date":"2030-02-31","kind":"HOLIDAY","name":"春节"},
                          {"date":"2030-01-02","kind":"WORKING","name":"调休"},
                          {"date":"2031-05-01","kind":"HOLIDAY","name":"劳动节"},
                          {"date":"2030-06-01","kind":"HALF_DAY","name":"儿童节"}]}
                        """);
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .contains("days[1].date", "days[2].kind", "days[3].date", "days[4].kind");
        assertThat(ok(admin(operator()).get("calendar/years/2030")).getBoolean("loaded"))
                .as("nothing of the refused year was saved")
                .isFalse();

        ApiClient.Response mismatch =
                admin(operator()).put("calendar/years/2030", "{\"year\":2031,\"source\":\"测试\",\"days\":[]}");
        assertThat(mismatch.status()).as(mismatch.toString()).isEqualTo(400);

        ApiClient.Response loaded = admin(operator()).put("calendar/years/2030", """
                        {"year":2030,"source":"测试通知","days":[
                          {"date":"2030-01-01","kind":"HOLIDAY","name":"元旦"},
                          {"date":"2030-02-02","kind":"WORKING","name":"春节"}]}
                        """);
        assertThat(loaded.status()).as(loaded.toString()).isEqualTo(200);
        JsonObject year = ok(admin(districtAdmin).get("calendar/years/2030"));
        assertThat(year.getBoolean("loaded")).isTrue();
        assertThat(year.getJsonArray("days")).hasSize(2);

        assertThat(admin(districtAdmin)
                        .put("calendar/years/2030", "{\"year\":2030,\"source\":\"x\",\"days\":[]}")
                        .status())
                .as("only the platform operator loads a national year")
                .isEqualTo(403);
    }

    @Test
    @DisplayName("#15.1 a district declares and removes its local days; a street, a mediator and a stranger cannot")
    void localDaysOfADistrict() {
        String day = "t/" + DISTRICT + "/calendar/local-days/2026-12-28";
        ApiClient.Response declared = admin(districtAdmin).put(day, "{\"kind\":\"HOLIDAY\",\"name\":\"五华区地方休息日\"}");
        assertThat(declared.status()).as(declared.toString()).isEqualTo(200);
        assertThat(localDays(mediator, DISTRICT)).containsExactly("2026-12-28 HOLIDAY 五华区地方休息日");

        ApiClient.Response weekdayWorked =
                admin(districtAdmin).put("t/" + DISTRICT + "/calendar/local-days/2026-12-29", "{\"kind\":\"WORKING\"}");
        assertThat(weekdayWorked.status()).as(weekdayWorked.toString()).isEqualTo(400);

        assertThat(admin(stranger)
                        .put(day, "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}")
                        .status())
                .as("a stranger to the district: 404 before the body is read")
                .isEqualTo(404);
        assertThat(admin(stranger).put(day, "not json").status()).isEqualTo(404);
        assertThat(admin(mediator)
                        .put(day, "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}")
                        .status())
                .isEqualTo(403);
        ApiClient.Response street = admin(streetAdmin)
                .put("t/" + STREET + "/calendar/local-days/2026-12-30", "{\"kind\":\"HOLIDAY\",\"name\":\"街道休息日\"}");
        assertThat(street.status()).as("only a district declares local days").isEqualTo(400);
        assertThat(localDays(mediator, DISTRICT)).hasSize(1);

        assertThat(admin(districtAdmin).delete(day).status()).isEqualTo(204);
        assertThat(localDays(mediator, DISTRICT)).isEmpty();
        assertThat(admin(districtAdmin).delete(day).status()).isEqualTo(404);
    }

    private static List<String> localDays(String token, String code) {
        ApiClient.Response response = admin(token).get("t/" + code + "/calendar/local-days");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.jsonStructure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(day -> day.getString("date") + " " + day.getString("kind")
                        + (day.containsKey("name") && !day.isNull("name") ? " " + day.getString("name") : ""))
                .toList();
    }

    private static JsonObject ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
