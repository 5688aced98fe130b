package org.onedoor.matters;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/**
 * Issue #4.6: the 12345 hotline pushes a matter in with a client-credentials token and an
 * Idempotency-Key; retries — also five at once — make one matter, routed and dispatched like a walk-in.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class IntakeIT {

    static final String STREET = "420105003";
    private static final String PASSWORD = "Journey-2026-intake";

    static String desk;
    static String mediator;
    static String roomId;
    static String hotlineClient;
    static String hotlineSecret;

    @BeforeAll
    static void center() {
        Centers.open("420000", "湖北省", null, null);
        Centers.open("420100", "武汉市", "420000", null);
        Centers.open("420105", "汉阳区", "420100", null);
        Centers.open(STREET, "琴断口街道", "420105", null);
        String admin = Centers.person("i.admin", PASSWORD, STREET + ":tenant-admin");
        desk = Centers.person("i.desk", PASSWORD, STREET + ":receptionist");
        mediator = Centers.person("i.mediator", PASSWORD, STREET + ":mediator");
        roomId = Desk.room(admin, STREET, "物业纠纷调解室", "PROPERTY", "property-management", "i.mediator");
        ApiClient.Response created =
                Centers.admin(admin).post("t/" + STREET + "/integrations", "{\"name\":\"12345 热线\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        hotlineClient = created.json().getString("clientId");
        hotlineSecret = created.json().getString("secret");
    }

    static JsonObject workOrder(String reference, String description) {
        return Json.createObjectBuilder()
                .add("channel", "HOTLINE_12345")
                .add("externalReference", reference)
                .add("categoryCode", "property-management")
                .add("riskLevel", "LOW")
                .add("grade", "ORDINARY")
                .add("description", description)
                .add(
                        "parties",
                        Json.createArrayBuilder()
                                .add(Desk.party("APPLICANT", "刘芳", null, "13600001111"))
                                .add(Json.createObjectBuilder()
                                        .add("role", "RESPONDENT")
                                        .add("name", "某物业公司")))
                .build();
    }

    static ApiClient hotline(String key) {
        ApiClient client = Desk.reception(PlatformStack.stack().integrationToken(hotlineClient, hotlineSecret));
        return key == null ? client : client.withHeader("Idempotency-Key", key);
    }

    @Test
    @DisplayName("#4.6 five concurrent retries of one key: one matter, one case, the same answer")
    void concurrentRetries() throws Exception {
        String reference = "12345-" + System.nanoTime();
        String body = workOrder(reference, "电梯停运两周，物业不予维修。").toString();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Callable<ApiClient.Response>> pushes = IntStream.range(0, 5)
                .mapToObj(i ->
                        (Callable<ApiClient.Response>) () -> hotline(reference).post("t/" + STREET + "/intake", body))
                .toList();
        List<ApiClient.Response> answers =
                pool.invokeAll(pushes).stream().map(IntakeIT::result).toList();
        pool.shutdown();

        assertThat(answers)
                .allSatisfy(answer ->
                        assertThat(answer.status()).as(answer.toString()).isEqualTo(201));
        JsonObject first = answers.get(0).json();
        assertThat(answers)
                .allSatisfy(answer -> assertThat(answer.json().getString("id")).isEqualTo(first.getString("id")));
        assertThat(answers)
                .filteredOn(answer -> "false".equals(answer.header("Idempotent-Replayed")))
                .hasSize(1);
        assertThat(first.getString("state")).as("routed like a walk-in").isEqualTo("DISPATCHED");
        assertThat(first.getJsonObject("room").getString("id")).isEqualTo(roomId);

        ApiClient.Response today = Desk.reception(desk).get("t/" + STREET + "/matters");
        assertThat(today.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(matter -> reference.equals(matter.getString("externalReference", null)))
                .hasSize(1);
        ApiClient.Response roomCases = Desk.cases(mediator).get("t/" + STREET + "/cases?room=" + roomId);
        assertThat(roomCases.status()).isEqualTo(200);
        assertThat(roomCases.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(found -> first.getString("caseId").equals(found.getString("id")))
                .hasSize(1);
    }

    @Test
    @DisplayName("#4.6 the same key with a different body: 422, nothing new")
    void sameKeyDifferentBody() {
        String reference = "12345-" + System.nanoTime();
        assertThat(hotline(reference)
                        .post(
                                "t/" + STREET + "/intake",
                                workOrder(reference, "第一次").toString())
                        .status())
                .isEqualTo(201);
        int matters = Desk.mattersToday(desk, STREET);
        int caseFiles = caseFilesOfTheCenter();
        ApiClient.Response refused = hotline(reference)
                .post("t/" + STREET + "/intake", workOrder(reference, "换了内容").toString());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        assertThat(Desk.mattersToday(desk, STREET)).as("no matter registered").isEqualTo(matters);
        assertThat(caseFilesOfTheCenter()).as("no case file opened").isEqualTo(caseFiles);
        ApiClient.Response today = Desk.reception(desk).get("t/" + STREET + "/matters");
        assertThat(today.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(matter -> reference.equals(matter.getString("externalReference", null)))
                .extracting(matter -> matter.getString("description"))
                .as("the first body stands")
                .containsExactly("第一次");
    }

    private static int caseFilesOfTheCenter() {
        ApiClient.Response listed = Desk.cases(mediator).get("t/" + STREET + "/cases");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return listed.json().getInt("total");
    }

    @Test
    @DisplayName("#4.6 no key, a desk-only channel, or a caller that is not the center's integration: refused")
    void refusals() {
        String body = workOrder("12345-x", "无键").toString();
        assertThat(hotline(null).post("t/" + STREET + "/intake", body).status()).isEqualTo(400);
        String walkIn = Json.createObjectBuilder(workOrder("12345-y", "来访"))
                .add("channel", "WALK_IN")
                .build()
                .toString();
        assertThat(hotline("walk-in-" + System.nanoTime())
                        .post("t/" + STREET + "/intake", walkIn)
                        .status())
                .isEqualTo(400);
        assertThat(Desk.reception(desk)
                        .withHeader("Idempotency-Key", "desk-" + System.nanoTime())
                        .post("t/" + STREET + "/intake", body)
                        .status())
                .as("the center's receptionist is not its integration")
                .isEqualTo(403);
        assertThat(hotline("other-" + System.nanoTime())
                        .post("t/420105001/intake", body)
                        .status())
                .as("a center the hotline is not connected to")
                .isEqualTo(404);
    }

    private static ApiClient.Response result(Future<ApiClient.Response> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
