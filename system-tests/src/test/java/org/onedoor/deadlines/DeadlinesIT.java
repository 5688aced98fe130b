package org.onedoor.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
 * Issue #15.4/#15.5 on the running platform: a case opens with its center's time limit, the deadline
 * pass — run as at later instants, as a test stack allows — turns it yellow and red, reminds the
 * assignee and the leaders, puts it on the supervision list of its street and of the district above;
 * an extension moves the deadline; a case concluded after its deadline is late; two passes at once
 * mark once. Works in 宁夏 兴庆区 640104 and its street 640104001; 金凤区 640106 is the stranger.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class DeadlinesIT {

    private static final String PROVINCE = "640000";
    private static final String DISTRICT = "640104";
    private static final String STREET = "640104001";
    private static final String STRANGE_DISTRICT = "640106";
    private static final String PASSWORD = "Deadlines-2026-red";

    private static String admin;
    private static String mediator;
    private static String colleague;
    private static String outsider;
    private static String streetLeader;
    private static String districtLeader;
    private static String stranger;
    private static String roomId;

    @BeforeAll
    static void centers() {
        Centers.open(PROVINCE, "宁夏回族自治区", null, null);
        Centers.open("640100", "银川市", PROVINCE, null);
        Centers.open(DISTRICT, "兴庆区", "640100", null);
        Centers.open(STREET, "凤凰北街街道", DISTRICT, null);
        Centers.open(STRANGE_DISTRICT, "金凤区", "640100", null);
        admin = Centers.person("dl.admin", PASSWORD, STREET + ":tenant-admin");
        mediator = Centers.person("dl.mediator", PASSWORD, STREET + ":mediator");
        colleague = Centers.person("dl.colleague", PASSWORD, STREET + ":mediator");
        outsider = Centers.person("dl.outsider", PASSWORD, STREET + ":mediator");
        streetLeader = Centers.person("dl.leader", PASSWORD, STREET + ":leader");
        districtLeader = Centers.person("dl.district", PASSWORD, DISTRICT + ":leader");
        stranger = Centers.person("dl.stranger", PASSWORD, STRANGE_DISTRICT + ":leader");
        roomId = Desk.room(admin, STREET, "家事调解室", "MARRIAGE_FAMILY", "divorce", "dl.mediator", "dl.colleague");
        Desk.room(admin, STREET, "综合调解室", "GENERAL", "neighbour", "dl.outsider");
        ApiClient.Response rule = Centers.admin(admin)
                .put(
                        "t/" + STREET + "/time-limits/CONCLUDE/divorce/SPECIALIST",
                        "{\"amount\":10,\"unit\":\"WORKING_DAYS\",\"maxExtensions\":1,\"extensionAmount\":5}");
        assertThat(rule.status()).as(rule.toString()).isEqualTo(200);
    }

    @Test
    @DisplayName("#15.5 a specialist case goes yellow, then red: reminders to the assignee and the leaders, on the"
            + " supervision lists of its street and the district; an extension moves the deadline")
    void yellowRedRemindedSupervisedExtended() {
        JsonObject opened = dispatch(OffsetDateTime.now(), "dl.mediator");
        String caseId = opened.getString("id");
        String number = opened.getString("number");
        JsonObject clock = opened.getJsonObject("clock");
        assertThat(clock.getString("mark")).isEqualTo("ON_TIME");
        assertThat(clock.getJsonObject("limit").getInt("amount")).isEqualTo(10);
        assertThat(clock.getJsonObject("limit").getString("unit")).isEqualTo("WORKING_DAYS");
        assertThat(clock.getJsonObject("limit").getString("setIn")).isEqualTo(STREET);
        assertThat(opened.getJsonObject("assignee").getString("username")).isEqualTo("dl.mediator");
        Instant warnAt = Instant.parse(clock.getString("warnAt"));
        Instant dueAt = Instant.parse(clock.getString("dueAt"));
        assertThat(Duration.between(Instant.now(), dueAt)).isGreaterThan(Duration.ofDays(12));

        JsonObject yellow = pass(warnAt.plusSeconds(60));
        assertThat(yellow.getInt("dueSoon")).isGreaterThanOrEqualTo(1);
        assertThat(caseFile(mediator, caseId).getJsonObject("clock").getString("mark"))
                .isEqualTo("DUE_SOON");
        assertThat(notifications(mediator))
                .anyMatch(note -> note.getString("caseNumber").equals(number)
                        && note.getString("kind").equals("DUE_SOON"));
        assertThat(notifications(streetLeader))
                .as("yellow is for whoever works on the case")
                .noneMatch(note -> note.getString("caseNumber").equals(number));

        JsonObject red = pass(dueAt.plusSeconds(60));
        assertThat(red.getInt("overdue")).isGreaterThanOrEqualTo(1);
        assertThat(caseFile(mediator, caseId).getJsonObject("clock").getString("mark"))
                .isEqualTo("OVERDUE");
        assertThat(notifications(mediator))
                .anyMatch(note -> note.getString("caseNumber").equals(number)
                        && note.getString("kind").equals("OVERDUE"));
        assertThat(notifications(streetLeader))
                .anyMatch(note -> note.getString("caseNumber").equals(number)
                        && note.getString("kind").equals("OVERDUE"));
        assertThat(timeline(caseId))
                .filteredOn(step -> step.startsWith("DUE_SOON") || step.startsWith("OVERDUE"))
                .containsExactly("DUE_SOON onedoor", "OVERDUE onedoor");

        assertThat(supervised(streetLeader, STREET, "own")).contains(caseId);
        assertThat(supervised(districtLeader, DISTRICT, "below")).contains(caseId);
        assertThat(supervised(districtLeader, DISTRICT, "own")).doesNotContain(caseId);
        assertThat(Desk.cases(stranger).get("t/" + STREET + "/supervision").status())
                .isEqualTo(404);
        assertThat(Desk.cases(mediator).get("t/" + STREET + "/supervision").status())
                .as("the supervision list is the leaders'")
                .isEqualTo(403);

        JsonObject again = pass(dueAt.plusSeconds(120));
        assertThat(timeline(caseId))
                .filteredOn(step -> step.startsWith("OVERDUE"))
                .hasSize(1);
        assertThat(again.getInt("overdue")).as("marked once").isZero();

        ApiClient.Response noConsent = Desk.cases(mediator)
                .post(
                        "t/" + STREET + "/cases/" + caseId + "/extensions",
                        "{\"reason\":\"等待伤情鉴定\",\"partiesConsent\":false}");
        assertThat(noConsent.status()).as(noConsent.toString()).isEqualTo(400);
        assertThat(noConsent.body()).contains("partiesConsent");
        assertThat(caseFile(mediator, caseId).getJsonObject("clock").getInt("extensions"))
                .isZero();

        ApiClient.Response extended = Desk.cases(mediator)
                .post(
                        "t/" + STREET + "/cases/" + caseId + "/extensions",
                        "{\"reason\":\"双方同意延期，等待伤情鉴定\",\"partiesConsent\":true}");
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        JsonObject moved = extended.json().getJsonObject("clock");
        assertThat(Instant.parse(moved.getString("dueAt"))).isAfter(dueAt.plus(Duration.ofDays(6)));
        assertThat(moved.getString("mark")).isEqualTo("ON_TIME");
        assertThat(supervised(streetLeader, STREET, "own")).doesNotContain(caseId);

        ApiClient.Response twice = Desk.cases(mediator)
                .post(
                        "t/" + STREET + "/cases/" + caseId + "/extensions",
                        "{\"reason\":\"再延\",\"partiesConsent\":true}");
        assertThat(twice.status()).as("one extension allowed").isEqualTo(409);
    }

    @Test
    @DisplayName("#15.6 a case concluded after its deadline is late; one concluded before, met")
    void concludedLate() {
        String late = dispatch(OffsetDateTime.now().minusDays(40), null).getString("id");
        Desk.act(mediator, STREET, late, "accept", JsonValue.EMPTY_JSON_OBJECT);
        JsonObject referred = Desk.act(
                mediator,
                STREET,
                late,
                "refer",
                Json.createObjectBuilder()
                        .add("to", "LITIGATION")
                        .add("reason", "双方分歧较大")
                        .build());
        assertThat(referred.getJsonObject("clock").getString("mark")).isEqualTo("LATE");

        String met = dispatch(OffsetDateTime.now(), null).getString("id");
        Desk.act(mediator, STREET, met, "accept", JsonValue.EMPTY_JSON_OBJECT);
        JsonObject inTime = Desk.act(
                mediator,
                STREET,
                met,
                "refer",
                Json.createObjectBuilder()
                        .add("to", "LITIGATION")
                        .add("reason", "双方分歧较大")
                        .build());
        assertThat(inTime.getJsonObject("clock").getString("mark")).isEqualTo("MET");
    }

    @Test
    @DisplayName("#15.5 two passes at once over the same cases mark and remind exactly once")
    void twoPassesMarkOnce() throws Exception {
        String caseId =
                dispatch(OffsetDateTime.now().minusDays(40), "dl.colleague").getString("id");
        String at = Instant.now().plusSeconds(5).toString();
        String operator = Centers.operator();
        List<CompletableFuture<ApiClient.Response>> passes = List.of(
                CompletableFuture.supplyAsync(() -> passRequest(operator, at)),
                CompletableFuture.supplyAsync(() -> passRequest(operator, at)),
                CompletableFuture.supplyAsync(() -> passRequest(operator, at)));
        int overdue = 0;
        for (CompletableFuture<ApiClient.Response> pass : passes) {
            ApiClient.Response answer = pass.get();
            assertThat(answer.status()).as(answer.toString()).isIn(200, 409);
            if (answer.status() == 200) {
                overdue += answer.json().getInt("overdue");
            }
        }
        assertThat(overdue).as("the case counted once over all passes").isGreaterThanOrEqualTo(1);
        assertThat(timeline(caseId))
                .filteredOn(step -> step.startsWith("OVERDUE"))
                .hasSize(1);
        assertThat(notifications(colleague))
                .filteredOn(note -> note.getString("caseId").equals(caseId))
                .extracting(note -> note.getString("kind"))
                .containsExactly("OVERDUE", "ASSIGNED");
    }

    @Test
    @DisplayName("#15.4 dispatch names a mediator of the room; a mediator of the room reassigns, one of another room"
            + " may not; a stranger to the room is refused and nothing opens; 'mine' lists what is assigned")
    void assignment() {
        ApiClient module = Desk.cases(PlatformStack.stack().moduleToken("reception"));
        ApiClient.Response notInRoom = module.post(
                "t/" + STREET + "/cases",
                dispatchForm(OffsetDateTime.now(), "dl.outsider").build().toString());
        assertThat(notInRoom.status()).as(notInRoom.toString()).isEqualTo(400);
        assertThat(notInRoom.body()).contains("assignee");

        String caseId = dispatch(OffsetDateTime.now(), "dl.mediator").getString("id");
        ApiClient.Response byOutsider = Desk.cases(outsider)
                .put("t/" + STREET + "/cases/" + caseId + "/assignee", "{\"username\":\"dl.outsider\"}");
        assertThat(byOutsider.status()).as(byOutsider.toString()).isEqualTo(403);

        ApiClient.Response reassigned = Desk.cases(mediator)
                .put("t/" + STREET + "/cases/" + caseId + "/assignee", "{\"username\":\"dl.colleague\"}");
        assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(200);
        assertThat(reassigned.json().getJsonObject("assignee").getString("username"))
                .isEqualTo("dl.colleague");

        ApiClient.Response mine = Desk.cases(colleague).get("t/" + STREET + "/cases?assignee=me&sort=deadline");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(item -> item.getString("id"))
                .contains(caseId);
        assertThat(Desk.cases(colleague)
                        .get("t/" + STREET + "/cases?sort=oldest")
                        .status())
                .isEqualTo(400);
    }

    @Test
    @DisplayName("#15.5 bad input to the pass and the inbox: 400 naming the field; a stranger's inbox 404")
    void badInput() {
        ApiClient cases = Desk.cases(Centers.operator());
        assertThat(cases.post("deadlines/passes?at=tomorrow", "").body()).contains("\"at\"");
        assertThat(cases.post("deadlines/passes?area=64x", "").status()).isEqualTo(400);
        assertThat(Desk.cases(mediator)
                        .post("deadlines/passes?area=" + PROVINCE, "")
                        .status())
                .isEqualTo(403);
        assertThat(Desk.cases(stranger).get("t/" + STREET + "/notifications").status())
                .isEqualTo(404);
        assertThat(Desk.cases(mediator)
                        .post("t/" + STREET + "/notifications/" + UUID.randomUUID() + "/read", "")
                        .status())
                .isEqualTo(404);
    }

    private static JsonObjectBuilder dispatchForm(OffsetDateTime registeredAt, String assignee) {
        JsonObjectBuilder form = Json.createObjectBuilder()
                .add("matterId", UUID.randomUUID().toString())
                .add("ticket", "D" + (100 + (int) (Math.random() * 800)))
                .add(
                        "category",
                        Json.createObjectBuilder().add("code", "divorce").add("name", "婚姻家庭纠纷"))
                .add("channel", "WALK_IN")
                .add("grade", "SPECIALIST")
                .add("riskLevel", "LOW")
                .add("description", "离婚财产分割争议")
                .add("room", Json.createObjectBuilder().add("id", roomId).add("name", "家事调解室"))
                .add("registeredAt", registeredAt.toString())
                .add("registeredBy", "dl.desk")
                .add(
                        "parties",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("role", "APPLICANT")
                                        .add("name", "马兰花")));
        if (assignee != null) {
            form.add("assignee", assignee);
        }
        return form;
    }

    /** A case handed over as the front desk's module does, registered at {@code registeredAt}. */
    private static JsonObject dispatch(OffsetDateTime registeredAt, String assignee) {
        ApiClient module = Desk.cases(PlatformStack.stack().moduleToken("reception"));
        ApiClient.Response opened = module.post(
                "t/" + STREET + "/cases",
                dispatchForm(registeredAt, assignee).build().toString());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json();
    }

    private static ApiClient.Response passRequest(String operator, String at) {
        return Desk.cases(operator).post("deadlines/passes?area=" + PROVINCE + "&at=" + at, "");
    }

    private static JsonObject pass(Instant at) {
        ApiClient.Response answer = passRequest(Centers.operator(), at.toString());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static JsonObject caseFile(String token, String caseId) {
        return Desk.caseFile(token, STREET, caseId);
    }

    private static List<String> timeline(String caseId) {
        ApiClient.Response answer = Desk.cases(mediator).get("t/" + STREET + "/cases/" + caseId + "/timeline");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.jsonStructure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("action") + " " + step.getString("actor"))
                .toList();
    }

    private static List<JsonObject> notifications(String token) {
        ApiClient.Response answer = Desk.cases(token).get("t/" + STREET + "/notifications?size=200");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> supervised(String token, String center, String scope) {
        ApiClient.Response answer = Desk.cases(token).get("t/" + center + "/supervision?scope=" + scope);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("caseId"))
                .toList();
    }
}
