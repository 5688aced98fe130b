package org.onedoor.matters;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/** The first journey's moves through the three modules' APIs, as desk, mediator and administrator make them. */
public final class Desk {

    /** Valid GB 11643 numbers (check characters computed), not real people. */
    public static final String APPLICANT_ID = "420102199003071232";

    public static final String RESPONDENT_ID = "420103200111150044";

    private Desk() {}

    public static ApiClient reception(String token) {
        return Centers.api("reception", token);
    }

    public static ApiClient cases(String token) {
        return Centers.api("cases", token);
    }

    /** A mediation room with its mediators, and routing of {@code category} to it. */
    public static String room(
            String adminToken, String center, String name, String type, String category, String... mediators) {
        JsonArrayBuilder assigned = Json.createArrayBuilder();
        for (String mediator : mediators) {
            assigned.add(mediator);
        }
        ApiClient.Response created = Centers.admin(adminToken)
                .post(
                        "t/" + center + "/rooms",
                        Json.createObjectBuilder()
                                .add("name", name)
                                .add("type", type)
                                .add("location", "二楼 201")
                                .add("mediators", assigned)
                                .build()
                                .toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String roomId = created.json().getString("id");
        ApiClient.Response routed = Centers.admin(adminToken)
                .put(
                        "t/" + center + "/routing/" + category,
                        Json.createObjectBuilder().add("roomId", roomId).build().toString());
        assertThat(routed.status()).as(routed.toString()).isIn(200, 204);
        return roomId;
    }

    public static JsonObjectBuilder party(String role, String name, String idNumber, String phone) {
        JsonObjectBuilder party = Json.createObjectBuilder().add("role", role).add("name", name);
        if (idNumber != null) {
            party.add("idNumber", idNumber);
        }
        if (phone != null) {
            party.add("phone", phone);
        }
        return party.add("address", "湖北省武汉市汉阳区建桥街 8 号");
    }

    /** A walk-in about a divorce, applicant 王丽 with her identity number. */
    public static JsonObjectBuilder divorce() {
        return Json.createObjectBuilder()
                .add(
                        "parties",
                        Json.createArrayBuilder()
                                .add(party("APPLICANT", "王丽", APPLICANT_ID, "13812345678"))
                                .add(party("RESPONDENT", "赵强", RESPONDENT_ID, "13987654321")))
                .add("categoryCode", "divorce")
                .add("channel", "WALK_IN")
                .add("description", "夫妻因抚养费和房产分割发生争执，申请调解。")
                .add("riskLevel", "MEDIUM")
                .add("grade", "SPECIALIST");
    }

    public static JsonObject register(String deskToken, String center, JsonObject matter) {
        ApiClient.Response registered = reception(deskToken).post("t/" + center + "/matters", matter.toString());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json();
    }

    public static JsonObject dispatch(String deskToken, String center, String matterId) {
        ApiClient.Response dispatched =
                reception(deskToken).post("t/" + center + "/matters/" + matterId + "/dispatch", "{}");
        assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);
        return dispatched.json();
    }

    /** An action on a case; the answer must be 200. */
    public static JsonObject act(String token, String center, String caseId, String action, JsonObject body) {
        ApiClient.Response answer =
                cases(token).post("t/" + center + "/cases/" + caseId + "/" + action, body.toString());
        assertThat(answer.status()).as(action + ": " + answer).isEqualTo(200);
        return answer.json();
    }

    public static JsonObject caseFile(String token, String center, String caseId) {
        ApiClient.Response answer = cases(token).get("t/" + center + "/cases/" + caseId);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    public static int mattersToday(String token, String center) {
        ApiClient.Response answer = reception(token).get("t/" + center + "/matters");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().getInt("total");
    }

    /**
     * A case handed over as the front desk's module does (its service account), registered at
     * {@code registeredAt} — in the past when a test needs a clock already running late; answers the
     * case view.
     */
    public static JsonObject handedOver(
            String center,
            String roomId,
            String category,
            String categoryName,
            String grade,
            OffsetDateTime registeredAt) {
        ApiClient.Response opened = cases(PlatformStack.stack().moduleToken("reception"))
                .post(
                        "t/" + center + "/cases",
                        Json.createObjectBuilder()
                                .add("matterId", UUID.randomUUID().toString())
                                .add("ticket", "H" + (100 + (int) (Math.random() * 800)))
                                .add(
                                        "category",
                                        Json.createObjectBuilder()
                                                .add("code", category)
                                                .add("name", categoryName))
                                .add("channel", "WALK_IN")
                                .add("grade", grade)
                                .add("riskLevel", "LOW")
                                .add("description", "双方因楼上漏水损坏楼下吊顶发生争执")
                                .add(
                                        "room",
                                        Json.createObjectBuilder()
                                                .add("id", roomId)
                                                .add("name", "综合调解室"))
                                .add("registeredAt", registeredAt.toString())
                                .add("registeredBy", "desk")
                                .add(
                                        "parties",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("role", "APPLICANT")
                                                        .add("name", "宋玉珍")))
                                .build()
                                .toString());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json();
    }
}
