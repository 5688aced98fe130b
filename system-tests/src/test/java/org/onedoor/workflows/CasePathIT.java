package org.onedoor.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.matters.Desk;
import org.onedoor.rollups.Casework;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/**
 * Issue #15.3: grade-driven paths as each center's data. A special (特需) case of a street cannot
 * conclude before its district's consultation (提级会诊) is recorded — asked by the street, listed and
 * answered at the district, the opinion on the street's timeline; a community-grade case gets its
 * routine visits scheduled, each visit moving the next; a street that changes its rhythm changes it
 * for new cases only; a step switched off (amount 0) is not required; bad rules change nothing.
 *
 * <pre>
 * 130000 河北省 → 130100 石家庄市 → 130102 长安区 → 130102001 建北街道
 *                                → 130104 桥西区 (a stranger district)
 * </pre>
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class CasePathIT {

    private static final String PROVINCE = "130000";
    private static final String DISTRICT = "130102";
    private static final String STREET = "130102001";
    private static final String STRANGER = "130104";
    private static final String PASSWORD = "CasePath-2026-steps";

    private static String admin;
    private static String mediator;
    private static String districtMediator;
    private static String strangerMediator;
    private static String roomId;

    @BeforeAll
    static void centers() {
        Centers.open(PROVINCE, "河北省", null, null);
        Centers.open("130100", "石家庄市", PROVINCE, null);
        Centers.open(DISTRICT, "长安区", "130100", null);
        Centers.open(STREET, "建北街道", DISTRICT, null);
        Centers.open(STRANGER, "桥西区", "130100", null);
        admin = Centers.person("cp.admin", PASSWORD, STREET + ":tenant-admin");
        mediator = Centers.person("cp.mediator", PASSWORD, STREET + ":mediator", STREET + ":receptionist");
        districtMediator = Centers.person("cp.district", PASSWORD, DISTRICT + ":mediator");
        strangerMediator = Centers.person("cp.stranger", PASSWORD, STRANGER + ":mediator");
        roomId = Casework.room(admin, STREET, "cp.mediator");
    }

    @Test
    @DisplayName("#15.3 a special case cannot conclude before the district's consultation is recorded")
    void specialCaseNeedsTheDistrictsOpinion() {
        Casework work = new Casework(mediator);
        String caseId = work.open(STREET, "wage-arrears", "WALK_IN", "SPECIAL", roomId);
        JsonObject consult = requirement(Desk.caseFile(mediator, STREET, caseId), "CONSULT");
        assertThat(consult.getBoolean("outstanding")).isTrue();
        assertThat(consult.getInt("amount")).isEqualTo(10);
        assertThat(consult.getString("unit")).isEqualTo("WORKING_DAYS");
        work.accept(STREET, caseId);

        ApiClient.Response early = Desk.cases(mediator)
                .post(
                        "t/" + STREET + "/cases/" + caseId + "/resolve",
                        Casework.agreement().toString());
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.body()).contains("提级会诊");
        assertThat(Desk.caseFile(mediator, STREET, caseId).getString("state")).isEqualTo("ACCEPTED");

        ApiClient.Response noQuestion =
                Desk.cases(mediator).post("t/" + STREET + "/cases/" + caseId + "/consultation", "{}");
        assertThat(noQuestion.status()).as(noQuestion.toString()).isEqualTo(400);
        assertThat(noQuestion.body()).contains("question");

        JsonObject asked = Desk.act(
                mediator,
                STREET,
                caseId,
                "consultation",
                Json.createObjectBuilder()
                        .add("question", "欠薪涉及12名工人，请区级会诊确定方案")
                        .build());
        assertThat(requirement(asked, "CONSULT").getString("askedOf")).isEqualTo(DISTRICT);
        ApiClient.Response twice = Desk.cases(mediator)
                .post("t/" + STREET + "/cases/" + caseId + "/consultation", "{\"question\":\"再次提请\"}");
        assertThat(twice.status()).as("asked once until answered: " + twice).isEqualTo(409);

        JsonObject listed = consultation(districtMediator, caseId);
        assertThat(listed.getString("question")).isEqualTo("欠薪涉及12名工人，请区级会诊确定方案");
        assertThat(listed.getString("fromCenter")).isEqualTo(STREET);
        assertThat(listed.toString()).as("the district sees no parties").doesNotContain(Casework.APPLICANT);
        String consultationId = listed.getString("id");
        assertThat(Desk.cases(strangerMediator)
                        .post("t/" + DISTRICT + "/consultations/" + consultationId + "/opinion", "{\"opinion\":\"闯入\"}")
                        .status())
                .as("another district's staff: not theirs to see")
                .isEqualTo(404);
        assertThat(Desk.cases(strangerMediator)
                        .post("t/" + STRANGER + "/consultations/" + consultationId + "/opinion", "{\"opinion\":\"闯入\"}")
                        .status())
                .as("not asked of the stranger's district")
                .isEqualTo(404);
        assertThat(Desk.cases(mediator).get("t/" + DISTRICT + "/consultations").status())
                .as("the street's mediator is not the district's staff")
                .isEqualTo(404);

        ApiClient.Response answered = Desk.cases(districtMediator)
                .post(
                        "t/" + DISTRICT + "/consultations/" + consultationId + "/opinion",
                        "{\"opinion\":\"同意街道方案：人社局三日内约谈，欠薪先行垫付。\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(Desk.cases(districtMediator)
                        .post("t/" + DISTRICT + "/consultations/" + consultationId + "/opinion", "{\"opinion\":\"改口\"}")
                        .status())
                .as("the opinion is given once")
                .isEqualTo(409);

        JsonObject after = Desk.caseFile(mediator, STREET, caseId);
        JsonObject done = requirement(after, "CONSULT");
        assertThat(done.getBoolean("outstanding")).isFalse();
        assertThat(done.getString("detail")).contains("人社局三日内约谈");
        assertThat(timeline(caseId)).contains("CONSULTATION_ASKED", "CONSULTED");

        JsonObject resolved = Desk.act(mediator, STREET, caseId, "resolve", Casework.agreement());
        assertThat(resolved.getString("state")).isEqualTo("RESOLVED");
    }

    @Test
    @DisplayName(
            "#15.3 a community-grade case gets its routine visits scheduled; a changed rhythm applies to new cases;"
                    + " a step switched off is not required")
    void communityVisits() {
        Casework work = new Casework(mediator);
        String weekly = work.open(STREET, "neighbour", "WALK_IN", "COMMUNITY", roomId);
        JsonObject visit = requirement(Desk.caseFile(mediator, STREET, weekly), "VISIT");
        assertThat(visit.getInt("amount")).isEqualTo(7);
        assertThat(visit.getString("unit")).isEqualTo("CALENDAR_DAYS");
        assertThat(visit.getBoolean("outstanding"))
                .as("visits do not hold the conclusion back")
                .isFalse();
        Instant firstDue = Instant.parse(visit.getString("dueAt"));
        assertThat(Duration.between(Instant.now(), firstDue)).isBetween(Duration.ofDays(6), Duration.ofDays(8));

        ApiClient.Response noNote = Desk.cases(mediator).post("t/" + STREET + "/cases/" + weekly + "/visits", "{}");
        assertThat(noNote.status()).isEqualTo(400);
        JsonObject visited = Desk.act(
                mediator,
                STREET,
                weekly,
                "visits",
                Json.createObjectBuilder().add("note", "入户走访，双方同意再协商").build());
        JsonObject next = requirement(visited, "VISIT");
        assertThat(next.getString("detail")).isEqualTo("入户走访，双方同意再协商");
        assertThat(next.getString("doneAt")).isNotBlank();
        assertThat(timeline(weekly)).contains("VISITED");

        ApiClient.Response rhythm = Centers.admin(admin)
                .put("t/" + STREET + "/time-limits/VISIT/*/COMMUNITY", "{\"amount\":3,\"unit\":\"CALENDAR_DAYS\"}");
        assertThat(rhythm.status()).as(rhythm.toString()).isEqualTo(200);
        String everyThree = work.open(STREET, "neighbour", "WALK_IN", "COMMUNITY", roomId);
        assertThat(requirement(Desk.caseFile(mediator, STREET, everyThree), "VISIT")
                        .getInt("amount"))
                .isEqualTo(3);
        assertThat(requirement(Desk.caseFile(mediator, STREET, weekly), "VISIT").getInt("amount"))
                .as("the case opened before keeps its rhythm")
                .isEqualTo(7);

        ApiClient.Response off = Centers.admin(admin)
                .put("t/" + STREET + "/time-limits/VISIT/labour/*", "{\"amount\":0,\"unit\":\"CALENDAR_DAYS\"}");
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        String noVisits = work.open(STREET, "labour", "WALK_IN", "COMMUNITY", roomId);
        assertThat(Desk.caseFile(mediator, STREET, noVisits).getJsonArray("requirements"))
                .as("switched off for labour disputes")
                .isEmpty();
        ApiClient.Response refused =
                Desk.cases(mediator).post("t/" + STREET + "/cases/" + noVisits + "/visits", "{\"note\":\"走访\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    }

    @Test
    @DisplayName("#15.3 bad step rules: an unknown step, extensions on a step, negative amounts: 400 naming the field,"
            + " nothing saved")
    void badRules() {
        ApiClient configuration = Centers.admin(admin);
        String before = configuration.get("t/" + STREET + "/time-limits").body();
        ApiClient.Response unknown = configuration.put(
                "t/" + STREET + "/time-limits/INSPECT/*/SPECIAL", "{\"amount\":3,\"unit\":\"WORKING_DAYS\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("milestone");
        ApiClient.Response extended = configuration.put(
                "t/" + STREET + "/time-limits/CONSULT/*/SPECIAL",
                "{\"amount\":5,\"unit\":\"WORKING_DAYS\",\"maxExtensions\":1,\"extensionAmount\":5}");
        assertThat(extended.status()).isEqualTo(400);
        assertThat(extended.body()).contains("maxExtensions");
        ApiClient.Response negative = configuration.put(
                "t/" + STREET + "/time-limits/CONSULT/*/SPECIAL", "{\"amount\":-1,\"unit\":\"WORKING_DAYS\"}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("amount");
        assertThat(configuration.get("t/" + STREET + "/time-limits").body()).isEqualTo(before);
    }

    @Test
    @DisplayName("#15.3 a special case escalated to the district is consulted there: no separate consultation needed")
    void escalatedToTheDistrict() {
        Casework work = new Casework(mediator);
        String caseId = work.open(STREET, "wage-arrears", "PHONE", "SPECIAL", roomId);
        work.accept(STREET, caseId);
        work.escalate(STREET, caseId);
        JsonObject atDistrict = Desk.caseFile(districtMediator, DISTRICT, caseId);
        assertThat(requirement(atDistrict, "CONSULT").getBoolean("outstanding")).isFalse();
        Desk.act(districtMediator, DISTRICT, caseId, "accept", JsonValue.EMPTY_JSON_OBJECT);
        JsonObject referred = Desk.act(
                districtMediator,
                DISTRICT,
                caseId,
                "refer",
                Json.createObjectBuilder()
                        .add("to", "LITIGATION")
                        .add("reason", "分歧较大")
                        .build());
        assertThat(referred.getString("state")).isEqualTo("NOT_RESOLVED");
    }

    private static JsonObject requirement(JsonObject caseFile, String kind) {
        return caseFile.getJsonArray("requirements").stream()
                .map(JsonValue::asJsonObject)
                .filter(step -> step.getString("kind").equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + caseFile.getJsonArray("requirements")));
    }

    private static JsonObject consultation(String token, String caseId) {
        ApiClient.Response answer = Desk.cases(token).get("t/" + DISTRICT + "/consultations?open=true");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(item -> item.getString("caseId").equals(caseId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + answer));
    }

    private static List<String> timeline(String caseId) {
        ApiClient.Response answer = Desk.cases(mediator).get("t/" + STREET + "/cases/" + caseId + "/timeline");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.jsonStructure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("action"))
                .toList();
    }
}
