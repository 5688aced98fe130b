package org.onedoor.timelimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.tenancy.Centers.admin;

import jakarta.json.JsonObject;
import java.time.Instant;
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
 * Issue #15.2 on the running platform: the default time limits every center starts from, a
 * district's rule reaching its street and community, a street's override and its removal, a case
 * keeping the rule in force when it opened, deadlines on the national calendar, and bad input that
 * names its fields and changes nothing. Works in 黑龙江 道里区 230102, its street 兆麟街道 230102001
 * and that street's community 230102001001; 南岗区 230103's administrator is the stranger.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class TimeLimitsIT {

    private static final String DISTRICT = "230102";
    private static final String STREET = "230102001";
    private static final String COMMUNITY = "230102001001";
    private static final String PASSWORD = "Limits-2026-days";
    private static final String SPECIALIST_DIVORCE = "/time-limits/CONCLUDE/divorce/SPECIALIST";

    private static String district;
    private static String street;
    private static String mediator;
    private static String stranger;

    @BeforeAll
    static void centers() {
        Centers.open("230000", "黑龙江省", null, null);
        Centers.open("230100", "哈尔滨市", "230000", null);
        Centers.open(DISTRICT, "道里区", "230100", null);
        Centers.open(STREET, "兆麟街道", DISTRICT, null);
        Centers.open(COMMUNITY, "兆麟社区", STREET, null);
        Centers.open("230103", "南岗区", "230100", null);
        district = Centers.person("limits.district", PASSWORD, DISTRICT + ":tenant-admin");
        street = Centers.person("limits.street", PASSWORD, STREET + ":tenant-admin");
        mediator = Centers.person("limits.mediator", PASSWORD, STREET + ":mediator", COMMUNITY + ":mediator");
        stranger = Centers.person("limits.stranger", PASSWORD, "230103:tenant-admin");
    }

    @Test
    @DisplayName("#15.2 defaults: an ordinary matter registered after hours on 2026-02-13 is due by the end of the"
            + " worked Saturday 2026-02-14; others within one month, extendable once")
    void defaults() {
        JsonObject ordinary = resolve(STREET, "CONCLUDE", "divorce", "ORDINARY", "2026-02-13T18:00:00%2B08:00");
        assertThat(ordinary.getJsonObject("rule").getString("origin")).isEqualTo("default");
        assertThat(ordinary.getJsonObject("deadline").getString("lastDay")).isEqualTo("2026-02-14");
        assertThat(Instant.parse(ordinary.getJsonObject("deadline").getString("endsAt")))
                .isEqualTo(Instant.parse("2026-02-14T09:30:00Z"));

        JsonObject specialist = resolve(STREET, "CONCLUDE", "divorce", "SPECIALIST", "2026-03-02T10:00:00%2B08:00");
        assertThat(specialist.getJsonObject("rule").getInt("amount")).isEqualTo(30);
        assertThat(specialist.getJsonObject("rule").getString("unit")).isEqualTo("CALENDAR_DAYS");
        assertThat(specialist.getJsonObject("deadline").getString("lastDay")).isEqualTo("2026-04-01");
        assertThat(specialist.getJsonObject("furthestDeadline").getString("lastDay"))
                .as("one extension of 30 days")
                .isEqualTo("2026-05-01");
    }

    @Test
    @DisplayName("#15.2 a district's rule reaches its street and community; the street overrides it, a case keeps"
            + " the rule in force when it opened, removing the override brings the district's back")
    void inheritanceOverrideAndVersions() {
        ApiClient.Response set = admin(district)
                .put(
                        "t/" + DISTRICT + SPECIALIST_DIVORCE,
                        "{\"amount\":10,\"unit\":\"WORKING_DAYS\",\"maxExtensions\":1,\"extensionAmount\":5}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);

        // counted from 2026-09-28, under the rule in force since the district set it
        JsonObject inherited = resolve(
                COMMUNITY,
                "CONCLUDE",
                "divorce",
                "SPECIALIST",
                "2026-09-28T10:00:00%2B08:00&at=" + set.json().getString("effectiveFrom"));
        assertThat(inherited.getJsonObject("rule").getString("origin")).isEqualTo("inherited");
        assertThat(inherited.getJsonObject("rule").getString("inheritedFrom")).isEqualTo(DISTRICT);
        assertThat(inherited.getJsonObject("deadline").getString("lastDay"))
                .as("10 working days from 2026-09-28 step over National Day and count the worked 10-10")
                .isEqualTo("2026-10-16");

        ApiClient.Response own = admin(street)
                .put(
                        "t/" + STREET + SPECIALIST_DIVORCE,
                        "{\"amount\":5,\"unit\":\"WORKING_DAYS\",\"maxExtensions\":0,\"extensionAmount\":0}");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        Instant overridden = Instant.parse(own.json().getString("effectiveFrom"));
        assertThat(own.json().getString("origin")).isEqualTo("own");
        assertThat(own.json().getJsonObject("overrides").getInt("amount")).isEqualTo(10);

        assertThat(rule(COMMUNITY, "SPECIALIST", null).getInt("amount"))
                .as("the street's rule is the community's now")
                .isEqualTo(5);
        assertThat(rule(STREET, "SPECIALIST", overridden.minusMillis(1).toString())
                        .getInt("amount"))
                .as("a case opened before the change keeps the district's 10 working days")
                .isEqualTo(10);

        assertThat(admin(street).delete("t/" + STREET + SPECIALIST_DIVORCE).status())
                .isIn(200, 204);
        JsonObject back = rule(STREET, "SPECIALIST", null);
        assertThat(back.getInt("amount")).isEqualTo(10);
        assertThat(back.getString("origin")).isEqualTo("inherited");
        assertThat(rule(STREET, "SPECIALIST", overridden.plusMillis(1).toString())
                        .getInt("amount"))
                .as("history is kept: a case opened while the override was in force keeps 5")
                .isEqualTo(5);
    }

    @Test
    @DisplayName("#15.2 bad input answers 400 naming each field and saves nothing; a stranger gets 404 whatever the"
            + " body, a mediator 403")
    void badInputAndAccess() {
        List<JsonObject> before = effective(STREET);

        ApiClient.Response bad = admin(street)
                .put(
                        "t/" + STREET + "/time-limits/CONCLUDE/no-such-category/SUPER",
                        "{\"amount\":-3,\"unit\":\"WEEKS\",\"maxExtensions\":1,\"extensionAmount\":5}");
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .contains("category", "grade", "amount", "unit");
        ApiClient.Response tooLong =
                admin(street).put("t/" + STREET + SPECIALIST_DIVORCE, "{\"amount\":400,\"unit\":\"CALENDAR_DAYS\"}");
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(effective(STREET)).as("nothing saved").isEqualTo(before);

        assertThat(admin(stranger)
                        .put("t/" + STREET + SPECIALIST_DIVORCE, "not json")
                        .status())
                .isEqualTo(404);
        assertThat(admin(stranger).get("t/" + STREET + "/time-limits").status()).isEqualTo(404);
        assertThat(admin(mediator)
                        .put("t/" + STREET + SPECIALIST_DIVORCE, "{\"amount\":3,\"unit\":\"WORKING_DAYS\"}")
                        .status())
                .isEqualTo(403);
        assertThat(effective(STREET)).isEqualTo(before);
    }

    private static JsonObject resolve(String center, String milestone, String category, String grade, String from) {
        ApiClient.Response response = admin(mediator)
                .get("t/" + center + "/time-limits/resolve?milestone=" + milestone + "&category=" + category + "&grade="
                        + grade + "&from=" + from);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonObject rule(String center, String grade, String at) {
        ApiClient.Response response = admin(mediator)
                .get("t/" + center + "/time-limits/resolve?milestone=CONCLUDE&category=divorce&grade=" + grade
                        + (at == null ? "" : "&at=" + at));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getJsonObject("rule");
    }

    private static List<JsonObject> effective(String center) {
        ApiClient.Response response = admin(street).get("t/" + center + "/time-limits");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.jsonStructure().asJsonArray().getValuesAs(JsonObject.class);
    }
}
