package org.onedoor.casefiles;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.matters.Desk;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/**
 * Issue #13.2: a case file is opened only by the front desk's module handing over a registered
 * matter. A receptionist's or administrator's token that posts a backdated case with a made-up
 * category is refused, and nothing reaches the case list or the statistics; the handover itself
 * is checked like any input.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class ForgedCaseFileIT {

    static final String DISTRICT = "460105";
    static final String STREET = "460105001";
    static final String OTHER_DISTRICT = "460106";
    private static final String PASSWORD = "Journey-2026-forged";

    static String admin;
    static String desk;
    static String mediator;
    static String stranger;
    static String roomId;

    @BeforeAll
    static void centers() {
        Centers.open("460000", "海南省", null, null);
        Centers.open("460100", "海口市", "460000", null);
        Centers.open(DISTRICT, "秀英区", "460100", null);
        Centers.open(STREET, "秀英街道", DISTRICT, null);
        Centers.open(OTHER_DISTRICT, "龙华区", "460100", null);
        admin = Centers.person("f.admin", PASSWORD, STREET + ":tenant-admin", DISTRICT + ":tenant-admin");
        desk = Centers.person("f.desk", PASSWORD, STREET + ":receptionist");
        mediator = Centers.person("f.mediator", PASSWORD, STREET + ":mediator");
        stranger = Centers.person("f.stranger", PASSWORD, OTHER_DISTRICT + ":receptionist");
        roomId = Desk.room(admin, STREET, "家事调解室", "MARRIAGE_FAMILY", "divorce", "f.mediator");
    }

    /** The case the review forged: registered by the operator on New Year's Day 2025, in a category nobody has. */
    static JsonObjectBuilder forged() {
        return Json.createObjectBuilder()
                .add("matterId", UUID.randomUUID().toString())
                .add("ticket", "Z999")
                .add(
                        "category",
                        Json.createObjectBuilder().add("code", "made-up").add("name", "编造的纠纷"))
                .add("channel", "WALK_IN")
                .add("grade", "ORDINARY")
                .add("riskLevel", "LOW")
                .add("description", "伪造的案件")
                .add("room", Json.createObjectBuilder().add("id", roomId).add("name", "家事调解室"))
                .add("registeredAt", "2025-01-01T09:00:00+08:00")
                .add("registeredBy", "operator")
                .add(
                        "parties",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("role", "APPLICANT")
                                        .add("name", "张三")));
    }

    static int caseCount() {
        ApiClient.Response listed = Desk.cases(mediator).get("t/" + STREET + "/cases");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return listed.json().getInt("total");
    }

    static int receivedIn(String area, String date) {
        ApiClient.Response figures = Centers.api("cases", admin).get("rollups/" + area + "?period=MONTH&date=" + date);
        assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
        return figures.json().getJsonObject("totals").getJsonObject("counts").getInt("received");
    }

    @Test
    @DisplayName("#13.2 no person opens a case file: members 403, a stranger 404, nothing counted")
    void noPersonOpensACaseFile() {
        int before = caseCount();
        int januaryBefore = receivedIn(DISTRICT, "2025-01-15");
        String body = forged().build().toString();
        for (String token : new String[] {desk, admin, mediator}) {
            ApiClient.Response refused = Desk.cases(token).post("t/" + STREET + "/cases", body);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        ApiClient.Response strange = Desk.cases(stranger).post("t/" + STREET + "/cases", body);
        assertThat(strange.status()).as(strange.toString()).isEqualTo(404);
        assertThat(strange.body()).doesNotContain("category").doesNotContain("registeredAt");
        assertThat(caseCount()).isEqualTo(before);
        assertThat(receivedIn(DISTRICT, "2025-01-15")).isEqualTo(januaryBefore).isZero();
    }

    @Test
    @DisplayName(
            "#13.2 what the case file records is the registered matter: who registered it, when, under which category")
    void theCaseFileRecordsTheRegisteredMatter() {
        JsonObject matter = Desk.register(desk, STREET, Desk.divorce().build());
        JsonObject dispatched = Desk.dispatch(desk, STREET, matter.getString("id"));
        ApiClient.Response opened =
                Desk.cases(mediator).get("t/" + STREET + "/cases/" + dispatched.getString("caseId"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        JsonObject caseFile = opened.json();
        assertThat(caseFile.getJsonObject("category").getString("code")).isEqualTo("divorce");
        // the database keeps microseconds, the desk's answer may carry nanoseconds
        assertThat(Duration.between(
                                OffsetDateTime.parse(caseFile.getString("registeredAt")),
                                OffsetDateTime.parse(matter.getString("registeredAt")))
                        .abs())
                .isLessThan(Duration.ofMillis(1));
        assertThat(caseFile.getString("ticket")).isEqualTo(matter.getString("ticket"));
    }

    @Test
    @DisplayName(
            "#13.2/#13.5 the handover is checked like any input: empty category, future registration, 400 and nothing opened")
    void theHandoverIsChecked() {
        ApiClient module = Desk.cases(PlatformStack.stack().moduleToken("reception"));
        int before = caseCount();

        ApiClient.Response emptyCategory = module.post(
                "t/" + STREET + "/cases",
                forged().add("category", Json.createObjectBuilder()).build().toString());
        assertThat(emptyCategory.status()).as(emptyCategory.toString()).isEqualTo(400);
        assertThat(emptyCategory.contentType()).startsWith("application/problem+json");
        assertThat(emptyCategory.body()).contains("category.code").doesNotContain("Exception");

        ApiClient.Response future = module.post(
                "t/" + STREET + "/cases",
                forged().add(
                                "category",
                                Json.createObjectBuilder()
                                        .add("code", "divorce")
                                        .add("name", "婚姻家庭纠纷"))
                        .add("registeredAt", OffsetDateTime.now().plusDays(2).toString())
                        .build()
                        .toString());
        assertThat(future.status()).as(future.toString()).isEqualTo(400);
        assertThat(future.body()).contains("registeredAt");

        ApiClient.Response noRoomId = module.post(
                "t/" + STREET + "/cases",
                forged().add("room", Json.createObjectBuilder().add("name", "家事调解室"))
                        .build()
                        .toString());
        assertThat(noRoomId.status()).as(noRoomId.toString()).isEqualTo(400);
        assertThat(noRoomId.body()).contains("room.id");

        assertThat(caseCount()).isEqualTo(before);
    }
}
