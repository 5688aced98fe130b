package org.onedoor.rollups;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.onedoor.matters.Desk;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.tenancy.Centers;

/**
 * Case work as the statistics tests need it: a matter registered and dispatched into a room, then
 * taken through the outcomes with one call each, by a person who is receptionist and mediator
 * wherever the case goes.
 */
public final class Casework {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Valid GB 11643 numbers (check characters computed), not real people. */
    public static final String APPLICANT_ID = "370102198805150021";

    public static final String APPLICANT = "宋玉珍";
    public static final String RESPONDENT = "韩立军";
    public static final String PHONE = "13605310077";
    public static final String ADDRESS = "山东省济南市历下区泉城路 188 号";
    public static final String DESCRIPTION = "双方因楼上漏水损坏楼下吊顶发生争执";

    private final Supplier<String> token;

    public Casework(String token) {
        this(() -> token);
    }

    /** Case work whose calls each take a token from {@code token} (a long run outlives one token). */
    public Casework(Supplier<String> token) {
        this.token = token;
    }

    /** A room in {@code center} that {@code mediator} works in. */
    public static String room(String adminToken, String center, String mediator) {
        ApiClient.Response created = Centers.admin(adminToken)
                .post(
                        "t/" + center + "/rooms",
                        Json.createObjectBuilder()
                                .add("name", "综合调解室")
                                .add("type", "GENERAL")
                                .add("mediators", Json.createArrayBuilder().add(mediator))
                                .build()
                                .toString());
        if (created.status() != 201) {
            throw new AssertionError("room not created: " + created);
        }
        return created.json().getString("id");
    }

    public static JsonObjectBuilder matter(String category, String channel, String grade, String roomId) {
        return Json.createObjectBuilder()
                .add(
                        "parties",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("role", "APPLICANT")
                                        .add("name", APPLICANT)
                                        .add("idNumber", APPLICANT_ID)
                                        .add("phone", PHONE)
                                        .add("address", ADDRESS))
                                .add(Json.createObjectBuilder()
                                        .add("role", "RESPONDENT")
                                        .add("name", RESPONDENT)))
                .add("categoryCode", category)
                .add("channel", channel)
                .add("description", DESCRIPTION)
                .add("riskLevel", "LOW")
                .add("grade", grade)
                .add("roomId", roomId);
    }

    /** Registers and dispatches a matter; answers the case id. */
    public String open(String center, String category, String channel, String grade, String roomId) {
        JsonObject matter = Desk.register(
                token.get(), center, matter(category, channel, grade, roomId).build());
        return Desk.dispatch(token.get(), center, matter.getString("id")).getString("caseId");
    }

    public void accept(String center, String caseId) {
        Desk.act(token.get(), center, caseId, "accept", JsonValue.EMPTY_JSON_OBJECT);
    }

    public void resolve(String center, String caseId) {
        stepsBeforeConclusion(center, caseId);
        Desk.act(token.get(), center, caseId, "resolve", agreement());
    }

    public void refer(String center, String caseId) {
        stepsBeforeConclusion(center, caseId);
        Desk.act(token.get(), center, caseId, "refer", referral());
    }

    /**
     * What the case's path asks before it may conclude (issue #15.3): a special case below the
     * district is consulted on with its district, whose opinion this worker records there too.
     */
    public void stepsBeforeConclusion(String center, String caseId) {
        boolean consult = Desk.caseFile(token.get(), center, caseId).getJsonArray("requirements").stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(step -> step.getString("kind").equals("CONSULT") && step.getBoolean("outstanding"));
        if (!consult) {
            return;
        }
        JsonObject asked = Desk.act(
                token.get(),
                center,
                caseId,
                "consultation",
                Json.createObjectBuilder().add("question", "案情复杂，请区级会诊。").build());
        String district = asked.getJsonArray("requirements").stream()
                .map(JsonValue::asJsonObject)
                .filter(step -> step.getString("kind").equals("CONSULT"))
                .findFirst()
                .orElseThrow()
                .getString("askedOf");
        ApiClient cases = Desk.cases(token.get());
        ApiClient.Response open = cases.get("t/" + district + "/consultations?open=true&size=200");
        if (open.status() != 200) {
            throw new AssertionError("the district's consultations: " + open);
        }
        String id = open.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(item -> item.getString("caseId").equals(caseId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not asked of " + district + ": " + caseId))
                .getString("id");
        ApiClient.Response answered = cases.post(
                "t/" + district + "/consultations/" + id + "/opinion",
                Json.createObjectBuilder().add("opinion", "同意街道调解方案。").build().toString());
        if (answered.status() != 200) {
            throw new AssertionError("the district's opinion: " + answered);
        }
    }

    public void escalate(String center, String caseId) {
        Desk.act(
                token.get(),
                center,
                caseId,
                "escalate",
                Json.createObjectBuilder().add("reason", "案情复杂，提请上级会商").build());
    }

    public void followUp(String center, String caseId, String satisfaction) {
        Desk.act(token.get(), center, caseId, "follow-up", followUpOf(satisfaction));
    }

    public void close(String center, String caseId) {
        Desk.act(token.get(), center, caseId, "close", JsonValue.EMPTY_JSON_OBJECT);
    }

    public static JsonObject agreement() {
        return Json.createObjectBuilder()
                .add("facts", "楼上住户卫生间漏水，致楼下吊顶受损。")
                .add("terms", "楼上住户赔偿维修费人民币叁仟元。")
                .add(
                        "performance",
                        Json.createObjectBuilder()
                                .add("manner", "现金")
                                .add("place", "调解室")
                                .add(
                                        "deadline",
                                        LocalDate.now(CHINA).plusDays(30).toString()))
                .build();
    }

    static JsonObject referral() {
        return Json.createObjectBuilder()
                .add("to", "LITIGATION")
                .add("reason", "双方分歧较大，引导诉讼")
                .build();
    }

    static JsonObject followUpOf(String satisfaction) {
        return Json.createObjectBuilder()
                .add("satisfaction", satisfaction)
                .add("notes", "电话回访")
                .build();
    }
}
