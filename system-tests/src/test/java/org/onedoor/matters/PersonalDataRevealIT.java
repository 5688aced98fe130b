package org.onedoor.matters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.onedoor.matters.Desk.act;
import static org.onedoor.matters.Desk.caseFile;
import static org.onedoor.matters.Desk.cases;
import static org.onedoor.matters.Desk.dispatch;
import static org.onedoor.matters.Desk.divorce;
import static org.onedoor.matters.Desk.reception;
import static org.onedoor.matters.Desk.register;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/**
 * Issue #4.8, personal data: shown masked in lists and the case file; revealed in full only by the
 * center's handlers, with a reason, and recorded (who, whose, which field, when, why) for the
 * auditor (ADR 0012). Everyone else in the center is refused (403), outsiders do not see the center
 * (404), and the read-only copy an escalation leaves behind reveals nothing (409).
 *
 * <p>Tree: 芙蓉区 430102 with the street 定王台街道 430102001; 天心区 430103 unrelated.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class PersonalDataRevealIT {

    static final String DISTRICT = "430102";
    static final String STREET = "430102001";
    static final String OTHER_DISTRICT = "430103";
    private static final String PASSWORD = "Reveal-2026-api";
    private static final String APPLICANT_PHONE = "13812345678";
    private static final String REASON = "电话回访，需联系申请人核实履行情况";

    static String admin;
    static String desk;
    static String mediator;
    static String leader;
    static String auditor;
    static String gridWorker;
    static String liaison;
    static String official;
    static String districtMediator;
    static String stranger;
    static String roomId;

    @BeforeAll
    static void center() {
        Centers.open("430000", "湖南省", null, null);
        Centers.open("430100", "长沙市", "430000", null);
        Centers.open(DISTRICT, "芙蓉区", "430100", null);
        Centers.open(STREET, "定王台街道", DISTRICT, null);
        Centers.open(OTHER_DISTRICT, "天心区", "430100", null);
        admin = Centers.person("r.admin", PASSWORD, STREET + ":tenant-admin");
        desk = Centers.person("r.desk", PASSWORD, STREET + ":receptionist");
        mediator = Centers.person("r.mediator", PASSWORD, STREET + ":mediator");
        leader = Centers.person("r.leader", PASSWORD, STREET + ":leader");
        auditor = Centers.person("r.auditor", PASSWORD, STREET + ":auditor");
        gridWorker = Centers.person("r.grid", PASSWORD, STREET + ":grid-worker");
        liaison = Centers.person("r.liaison", PASSWORD, STREET + ":department-liaison");
        official = Centers.person("r.official", PASSWORD, STREET + ":official");
        districtMediator = Centers.person("r.district", PASSWORD, DISTRICT + ":mediator");
        stranger = Centers.person("r.stranger", PASSWORD, OTHER_DISTRICT + ":mediator");
        roomId = Desk.room(admin, STREET, "婚姻家庭纠纷调解室", "MARRIAGE_FAMILY", "marriage-family", "r.mediator");
    }

    /** A divorce registered and dispatched at the street: its case id. */
    static String dispatchedCase() {
        JsonObject matter = register(desk, STREET, divorce().build());
        return dispatch(desk, STREET, matter.getString("id")).getString("caseId");
    }

    static String applicantOf(String caseId) {
        return caseFile(mediator, STREET, caseId)
                .getJsonArray("parties")
                .getJsonObject(0)
                .getString("id");
    }

    static ApiClient.Response reveal(String token, String center, String caseId, String party, String body) {
        return cases(token).post("t/" + center + "/cases/" + caseId + "/parties/" + party + "/reveal", body);
    }

    static String asking(String field, String reason) {
        return Json.createObjectBuilder()
                .add("field", field)
                .add("reason", reason)
                .build()
                .toString();
    }

    /** The record of reveals, as the center's auditor reads it. */
    static List<JsonObject> record(String center, String caseId) {
        ApiClient.Response answer = cases(auditor).get("t/" + center + "/cases/" + caseId + "/reveals");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.jsonStructure().asJsonArray().getValuesAs(JsonObject.class);
    }

    @Test
    @DisplayName("#4.8 lists, the matter and the case file show ID numbers, phones and names masked")
    void maskedEverywhere() {
        JsonObject matter = register(desk, STREET, divorce().build());
        String caseId = dispatch(desk, STREET, matter.getString("id")).getString("caseId");

        JsonObject applicant =
                caseFile(mediator, STREET, caseId).getJsonArray("parties").getJsonObject(0);
        assertThat(applicant.getString("idNumber")).isEqualTo("4201**********1232");
        assertThat(applicant.getString("phone")).isEqualTo("138****5678");
        assertThat(applicant.getString("name")).isEqualTo("王*");
        assertThat(applicant.getString("address")).isNotEqualTo("湖北省武汉市汉阳区建桥街 8 号");
        for (ApiClient.Response shown : List.of(
                cases(mediator).get("t/" + STREET + "/cases/" + caseId),
                cases(desk).get("t/" + STREET + "/cases/" + caseId),
                cases(mediator).get("t/" + STREET + "/cases?room=" + roomId),
                cases(leader).get("t/" + STREET + "/cases"),
                reception(desk).get("t/" + STREET + "/matters"),
                reception(desk).get("t/" + STREET + "/matters/" + matter.getString("id")))) {
            assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
            assertThat(shown.body())
                    .as(shown.toString())
                    .contains(matter.getString("ticket"))
                    .doesNotContain(Desk.APPLICANT_ID, Desk.RESPONDENT_ID, APPLICANT_PHONE, "13987654321", "王丽");
        }
    }

    @Test
    @DisplayName(
            "#4.8 no reason, a blank or short reason, no field or an unknown field: 400, nothing revealed or recorded")
    void badRequestsRevealNothing() {
        String caseId = dispatchedCase();
        String party = applicantOf(caseId);
        record Wrong(String body, String field) {}
        for (Wrong wrong : List.of(
                new Wrong("{\"field\":\"PHONE\"}", "reason"),
                new Wrong(asking("PHONE", "   "), "reason"),
                new Wrong(asking("PHONE", "看看"), "reason"),
                new Wrong(asking("PHONE", "长".repeat(201)), "reason"),
                new Wrong(
                        Json.createObjectBuilder().add("reason", REASON).build().toString(), "field"),
                new Wrong(asking("EMAIL", REASON), null),
                new Wrong("", null))) {
            ApiClient.Response refused = reveal(mediator, STREET, caseId, party, wrong.body());
            assertThat(refused.status()).as(wrong.body() + ": " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).doesNotContain(APPLICANT_PHONE);
            if (wrong.field() != null) {
                assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                        .as(refused.toString())
                        .extracting(violation -> violation.getString("field"))
                        .anyMatch(field -> field.endsWith(wrong.field()));
            }
        }
        assertThat(record(STREET, caseId)).isEmpty();
    }

    @Test
    @DisplayName(
            "#4.8 a handler reveals with a reason: the full value, and the record says who, whose, which field, when and why")
    void revealIsRecorded() {
        String caseId = dispatchedCase();
        JsonArray parties = caseFile(mediator, STREET, caseId).getJsonArray("parties");
        String applicant = parties.getJsonObject(0).getString("id");
        String respondent = parties.getJsonObject(1).getString("id");
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);

        ApiClient.Response phone = reveal(mediator, STREET, caseId, applicant, asking("PHONE", REASON));
        assertThat(phone.status()).as(phone.toString()).isEqualTo(200);
        assertThat(phone.json().getString("field")).isEqualTo("PHONE");
        assertThat(phone.json().getString("value")).isEqualTo(APPLICANT_PHONE);
        ApiClient.Response id = reveal(leader, STREET, caseId, respondent, asking("ID_NUMBER", "包案领导核实被申请人身份"));
        assertThat(id.status()).as(id.toString()).isEqualTo(200);
        assertThat(id.json().getString("value")).isEqualTo(Desk.RESPONDENT_ID);
        ApiClient.Response name = reveal(admin, STREET, caseId, applicant, asking("NAME", "制作送达回证需要全名"));
        assertThat(name.json().getString("value")).as(name.toString()).isEqualTo("王丽");
        OffsetDateTime after = OffsetDateTime.now().plusSeconds(5);

        List<JsonObject> recorded = record(STREET, caseId);
        assertThat(recorded)
                .extracting(
                        entry -> entry.getString("actor"),
                        entry -> entry.getString("partyId"),
                        entry -> entry.getString("field"),
                        entry -> entry.getString("reason"))
                .containsExactly(
                        tuple("r.mediator", applicant, "PHONE", REASON),
                        tuple("r.leader", respondent, "ID_NUMBER", "包案领导核实被申请人身份"),
                        tuple("r.admin", applicant, "NAME", "制作送达回证需要全名"));
        assertThat(recorded).allSatisfy(entry -> {
            assertThat(entry.getString("caseId")).isEqualTo(caseId);
            assertThat(OffsetDateTime.parse(entry.getString("at"))).isBetween(before, after);
        });
        ApiClient.Response asAdministrator = cases(admin).get("t/" + STREET + "/cases/" + caseId + "/reveals");
        assertThat(asAdministrator.jsonStructure().asJsonArray()).hasSize(3);
        assertThat(caseFile(mediator, STREET, caseId).toString())
                .as("the case file stays masked after a reveal")
                .doesNotContain(APPLICANT_PHONE, Desk.RESPONDENT_ID);
    }

    @Test
    @DisplayName(
            "#4.8 members without the permission are refused with 403, an official sees no center data: nothing recorded")
    void withoutPermissionRefused() {
        String caseId = dispatchedCase();
        String party = applicantOf(caseId);
        assertThat(caseFile(desk, STREET, caseId).getString("state"))
                .as("the receptionist reads the case, but may not reveal")
                .isEqualTo("DISPATCHED");
        Map<String, String> members = Map.of(
                "receptionist", desk, "grid-worker", gridWorker, "department-liaison", liaison, "auditor", auditor);
        members.forEach((role, token) -> {
            ApiClient.Response refused = reveal(token, STREET, caseId, party, asking("PHONE", REASON));
            assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).doesNotContain(APPLICANT_PHONE);
            assertThat(refused.json().getString("detail"))
                    .as("about the role, not the center")
                    .doesNotContain(STREET);
        });
        ApiClient.Response asOfficial = reveal(official, STREET, caseId, party, asking("PHONE", REASON));
        assertThat(asOfficial.status()).as(asOfficial.toString()).isEqualTo(404);
        assertThat(asOfficial.body()).doesNotContain(APPLICANT_PHONE);
        for (String reader : List.of(mediator, desk, gridWorker)) {
            assertThat(cases(reader)
                            .get("t/" + STREET + "/cases/" + caseId + "/reveals")
                            .status())
                    .as("only the administrator and the auditor read the record")
                    .isEqualTo(403);
        }
        assertThat(record(STREET, caseId)).isEmpty();
    }

    @Test
    @DisplayName("#4.8 another center's staff: 404 for the reveal and the record, nothing recorded")
    void strangerCenterNotFound() {
        String caseId = dispatchedCase();
        String party = applicantOf(caseId);
        for (ApiClient.Response answer : List.of(
                reveal(stranger, STREET, caseId, party, asking("PHONE", REASON)),
                cases(stranger).get("t/" + STREET + "/cases/" + caseId + "/reveals"),
                reveal(mediator, OTHER_DISTRICT, caseId, party, asking("PHONE", REASON)),
                reveal(districtMediator, STREET, caseId, party, asking("PHONE", REASON)))) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain(APPLICANT_PHONE);
        }
        assertThat(record(STREET, caseId)).isEmpty();
    }

    @Test
    @DisplayName(
            "#4.8 after escalation the copy at the first receiver reveals nothing (409); the district reveals from its own")
    void escalatedCopyRevealsNothing() {
        String caseId = dispatchedCase();
        String party = applicantOf(caseId);
        act(mediator, STREET, caseId, "accept", JsonValue.EMPTY_JSON_OBJECT);
        act(
                mediator,
                STREET,
                caseId,
                "escalate",
                Json.createObjectBuilder().add("reason", "涉及房产分割，提请区级会诊").build());

        ApiClient.Response refused = reveal(mediator, STREET, caseId, party, asking("PHONE", REASON));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain(APPLICANT_PHONE);
        assertThat(record(STREET, caseId)).isEmpty();

        ApiClient.Response atDistrict = reveal(districtMediator, DISTRICT, caseId, party, asking("PHONE", REASON));
        assertThat(atDistrict.status()).as(atDistrict.toString()).isEqualTo(200);
        assertThat(atDistrict.json().getString("value")).isEqualTo(APPLICANT_PHONE);
    }

    @Test
    @DisplayName("#4.8 the auditor reviews all of the center's reveals, newest first, without knowing the cases")
    void auditorReviewsTheCentersReveals() {
        String first = dispatchedCase();
        String second = dispatchedCase();
        assertThat(reveal(mediator, STREET, first, applicantOf(first), asking("PHONE", REASON))
                        .status())
                .isEqualTo(200);
        assertThat(reveal(leader, STREET, second, applicantOf(second), asking("ADDRESS", "上门回访需要地址"))
                        .status())
                .isEqualTo(200);

        ApiClient.Response review = cases(auditor).get("t/" + STREET + "/reveals?days=1");

        assertThat(review.status()).as(review.toString()).isEqualTo(200);
        List<JsonObject> entries = review.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(review.json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(entries)
                .extracting(
                        entry -> entry.getString("caseId"),
                        entry -> entry.getString("actor"),
                        entry -> entry.getString("field"))
                .startsWith(tuple(second, "r.leader", "ADDRESS"), tuple(first, "r.mediator", "PHONE"));
        assertThat(review.body()).doesNotContain(APPLICANT_PHONE);
        ApiClient.Response mediatorReview = cases(mediator).get("t/" + STREET + "/reveals");
        assertThat(mediatorReview.status()).as(mediatorReview.toString()).isEqualTo(403);
        assertThat(mediatorReview.contentType()).startsWith("application/problem+json");
        assertThat(cases(stranger).get("t/" + STREET + "/reveals").status()).isEqualTo(404);
        assertThat(cases(official).get("t/" + STREET + "/reveals").status()).isEqualTo(404);
        ApiClient.Response badPeriod = cases(auditor).get("t/" + STREET + "/reveals?days=0");
        assertThat(badPeriod.status()).as(badPeriod.toString()).isEqualTo(400);
        assertThat(badPeriod.contentType()).startsWith("application/problem+json");
    }
}
