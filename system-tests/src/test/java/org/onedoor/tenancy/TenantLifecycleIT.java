package org.onedoor.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.tenancy.Centers.admin;
import static org.onedoor.tenancy.Centers.operator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
 * Issue #3.4: a center's life after it opened — renamed, suspended and reactivated, archived for
 * good — by the administrator of the district above it, through the API. Works in 广东省 440000 →
 * 广州市 → 天河区 (440106).
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class TenantLifecycleIT {

    private static final String DISTRICT = "440106";
    private static final String PASSWORD = "Th-admin-2026";
    private static String districtAdministrator;

    @BeforeAll
    static void district() {
        Centers.open("440000", "广东省", null, null);
        Centers.open("440100", "广州市", "440000", null);
        Centers.open(DISTRICT, "天河区", "440100", null);
        districtAdministrator = Centers.person("th.admin", PASSWORD, DISTRICT + ":tenant-admin");
    }

    @Test
    @DisplayName("#3.4 the district's administrator renames a street and archives it; the tree shows both")
    void renameThenArchive() {
        String street = open("440106001", "五山街道");

        ApiClient.Response renamed = rename(street, "五山街道办事处");
        ApiClient.Response archived = admin(districtAdministrator).post("tenants/" + street + "/archive", "");

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().getString("name")).isEqualTo("五山街道办事处");
        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
        assertThat(archived.json().getString("status")).isEqualTo("ARCHIVED");
        JsonObject center = center(street);
        assertThat(center.getString("name")).isEqualTo("五山街道办事处");
        assertThat(center.getString("status")).isEqualTo("ARCHIVED");
    }

    @Test
    @DisplayName(
            "#3.4 a suspended street refuses its own staff's work (404, as any center they cannot enter); reactivation restores it")
    void suspendedCenterRefusesItsStaff() {
        String street = open("440106002", "石牌街道");
        String desk = Centers.person("th.desk", "Th-desk-2026", street + ":receptionist");
        ApiClient reception = Centers.api("reception", desk);
        assertThat(reception.get("t/" + street + "/matters").status())
                .as("the desk works while the street is open")
                .isEqualTo(200);

        ApiClient.Response suspended = admin(districtAdministrator).post("tenants/" + street + "/suspend", "");

        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(center(street).getString("status")).isEqualTo("SUSPENDED");
        ApiClient.Response refused = reception.get("t/" + street + "/matters");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Centers.api("cases", desk).get("t/" + street).status())
                .as("nor does any other module let them in")
                .isEqualTo(404);
        assertThat(statuses(Centers.api("cases", desk).get("centers")))
                .as("their list of centers says why")
                .contains(street + "=SUSPENDED");

        ApiClient.Response reactivated = admin(districtAdministrator).post("tenants/" + street + "/reactivate", "");

        assertThat(reactivated.status()).as(reactivated.toString()).isEqualTo(200);
        assertThat(reception.get("t/" + street + "/matters").status()).isEqualTo(200);
        assertThat(Centers.api("cases", desk).get("t/" + street).status()).isEqualTo(200);
        assertThat(statuses(Centers.api("cases", desk).get("centers"))).contains(street + "=ACTIVE");
    }

    @Test
    @DisplayName("#3.4 an archived street can be neither reactivated nor renamed: 409, and it stays archived")
    void archivedCenterStaysArchived() {
        String street = open("440106003", "天河南街道");
        assertThat(admin(districtAdministrator)
                        .post("tenants/" + street + "/archive", "")
                        .status())
                .isEqualTo(200);

        ApiClient.Response reactivated = admin(districtAdministrator).post("tenants/" + street + "/reactivate", "");
        ApiClient.Response renamed = rename(street, "新名字街道");

        for (ApiClient.Response refused : new ApiClient.Response[] {reactivated, renamed}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getInt("status")).isEqualTo(409);
        }
        JsonObject center = center(street);
        assertThat(center.getString("status")).isEqualTo("ARCHIVED");
        assertThat(center.getString("name")).isEqualTo("天河南街道");
    }

    private static String open(String code, String name) {
        ApiClient.Response created = Centers.create(districtAdministrator, code, name, DISTRICT, null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Centers.awaitStatus(code, "ACTIVE", Duration.ofSeconds(60));
        return code;
    }

    private static ApiClient.Response rename(String code, String name) {
        return admin(districtAdministrator)
                .put(
                        "tenants/" + code + "/name",
                        Json.createObjectBuilder().add("name", name).build().toString());
    }

    private static JsonObject center(String code) {
        return admin(operator()).get("tenants/" + code).json();
    }

    private static List<String> statuses(ApiClient.Response centers) {
        assertThat(centers.status()).as(centers.toString()).isEqualTo(200);
        return centers.jsonStructure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(found -> found.getString("code") + "=" + found.getString("status"))
                .toList();
    }
}
