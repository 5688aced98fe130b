package org.onedoor.matters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.matters.Desk.act;
import static org.onedoor.matters.Desk.caseFile;
import static org.onedoor.matters.Desk.cases;
import static org.onedoor.matters.Desk.dispatch;
import static org.onedoor.matters.Desk.divorce;
import static org.onedoor.matters.Desk.mattersToday;
import static org.onedoor.matters.Desk.reception;
import static org.onedoor.matters.Desk.register;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/**
 * Issue #4, the first journey through the APIs of all three modules: a resident is registered at a
 * street center's desk, dispatched to the room routing suggests, mediated to an agreement (PDF),
 * followed up and closed; another case is escalated to the district, where it is resolved, while the
 * street still follows it and nobody else sees it.
 *
 * <p>Tree: 汉阳区 420105 with streets 建桥街道 420105001 and 江堤街道 420105002; 武昌区 420106 unrelated.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class FirstJourneyApiIT {

    static final String DISTRICT = "420105";
    static final String STREET = "420105001";
    static final String SIBLING = "420105002";
    static final String OTHER_DISTRICT = "420106";
    private static final String PASSWORD = "Journey-2026-api";

    static String desk;
    static String mediator;
    static String districtMediator;
    static String siblingMediator;
    static String otherDistrictMediator;
    static String roomId;

    @BeforeAll
    static void centers() {
        Centers.open("420000", "湖北省", null, null);
        Centers.open("420100", "武汉市", "420000", null);
        Centers.open(DISTRICT, "汉阳区", "420100", null);
        Centers.open(STREET, "建桥街道", DISTRICT, null);
        Centers.open(SIBLING, "江堤街道", DISTRICT, null);
        Centers.open(OTHER_DISTRICT, "武昌区", "420100", null);
        String admin = Centers.person("j.admin", PASSWORD, STREET + ":tenant-admin");
        desk = Centers.person("j.desk", PASSWORD, STREET + ":receptionist");
        mediator = Centers.person("j.mediator", PASSWORD, STREET + ":mediator");
        districtMediator = Centers.person("j.district", PASSWORD, DISTRICT + ":mediator");
        siblingMediator = Centers.person("j.sibling", PASSWORD, SIBLING + ":mediator", SIBLING + ":receptionist");
        otherDistrictMediator = Centers.person("j.other", PASSWORD, OTHER_DISTRICT + ":mediator");
        // routing is set for the parent category: a divorce falls back to 婚姻家庭
        roomId = Desk.room(admin, STREET, "婚姻家庭纠纷调解室", "MARRIAGE_FAMILY", "marriage-family", "j.mediator");
    }

    @Test
    @DisplayName("#4 registered, dispatched to the suggested room, mediated, agreement, follow-up, closed")
    void wholeJourney() throws IOException, InterruptedException {
        JsonObject matter = register(desk, STREET, divorce().build());
        assertThat(matter.getString("ticket")).matches("A\\d{3,}");
        assertThat(matter.getJsonObject("suggestedRoom").getString("id")).isEqualTo(roomId);
        assertThat(matter.getJsonObject("room").getString("name")).isEqualTo("婚姻家庭纠纷调解室");
        JsonObject applicant = matter.getJsonArray("parties").getJsonObject(0);
        assertThat(applicant.getString("idNumber")).isEqualTo("4201**********1232");
        assertThat(applicant.getString("phone")).isEqualTo("138****5678");
        assertThat(applicant.getString("name")).isEqualTo("王*");

        JsonObject dispatched = dispatch(desk, STREET, matter.getString("id"));
        assertThat(dispatched.getString("state")).isEqualTo("DISPATCHED");
        String caseId = dispatched.getString("caseId");
        assertThat(reception(desk).get("t/" + STREET + "/matters/hall").body()).contains(matter.getString("ticket"));

        JsonObject opened = caseFile(mediator, STREET, caseId);
        assertThat(opened.getString("state")).isEqualTo("DISPATCHED");
        assertThat(opened.toString()).doesNotContain(Desk.APPLICANT_ID, "13812345678");

        act(mediator, STREET, caseId, "accept", JsonValue.EMPTY_JSON_OBJECT);
        act(
                mediator,
                STREET,
                caseId,
                "sessions",
                Json.createObjectBuilder()
                        .add("heldAt", "2026-11-20T10:00:00+08:00")
                        .add("participants", "王丽、赵强、调解员")
                        .add("notes", "双方陈述事实，同意就抚养费协商。")
                        .build());
        JsonObject resolved = act(
                mediator,
                STREET,
                caseId,
                "resolve",
                Json.createObjectBuilder()
                        .add("facts", "双方于2015年登记结婚，现因感情不和协议离婚，对子女抚养费有争议。")
                        .add("terms", "赵强每月支付子女抚养费人民币贰仟元，至子女年满十八周岁止。")
                        .add(
                                "performance",
                                Json.createObjectBuilder()
                                        .add("manner", "银行转账")
                                        .add("place", "武汉市汉阳区")
                                        .add("deadline", "2026-12-31"))
                        .build());
        assertThat(resolved.getString("state")).isEqualTo("RESOLVED");

        String agreement = pdfText(mediator, STREET, caseId);
        assertThat(agreement).contains("人民调解协议书", "王丽", "赵强", "抚养费人民币贰仟元", "银行转账", "一式三份");

        act(
                mediator,
                STREET,
                caseId,
                "follow-up",
                Json.createObjectBuilder()
                        .add("satisfaction", "VERY_SATISFIED")
                        .add("notes", "电话回访，双方已按约履行。")
                        .build());
        JsonObject closed = act(mediator, STREET, caseId, "close", JsonValue.EMPTY_JSON_OBJECT);
        assertThat(closed.getString("state")).isEqualTo("CLOSED");

        ApiClient.Response timeline = cases(mediator).get("t/" + STREET + "/cases/" + caseId + "/timeline");
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.jsonStructure().asJsonArray()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(timeline.body()).contains("j.desk", "j.mediator");
    }

    @Test
    @DisplayName("#4.2 a resident with an open matter in this center: the desk is warned, with a link")
    void openMatterWarning() {
        JsonObject first = register(desk, STREET, divorce().build());
        JsonObject second = register(desk, STREET, divorce().build());
        assertThat(second.getJsonArray("openMatters").getValuesAs(JsonObject.class))
                .extracting(open -> open.getString("id"))
                .contains(first.getString("id"));
        assertThat(second.getJsonArray("openMatters").getJsonObject(0).getString("link"))
                .startsWith("/");
    }

    @Test
    @DisplayName("#4 escalation: the district handles it; the street follows status and outcome; no one else sees it")
    void escalationToTheDistrict() {
        JsonObject matter =
                register(desk, STREET, divorce().add("grade", "SPECIAL").build());
        String caseId = dispatch(desk, STREET, matter.getString("id")).getString("caseId");
        act(mediator, STREET, caseId, "accept", JsonValue.EMPTY_JSON_OBJECT);
        act(
                mediator,
                STREET,
                caseId,
                "escalate",
                Json.createObjectBuilder().add("reason", "涉及房产，风险较高，提请区级会诊").build());

        assertThat(cases(mediator)
                        .post(
                                "t/" + STREET + "/cases/" + caseId + "/sessions",
                                Json.createObjectBuilder()
                                        .add("heldAt", "2026-11-21T10:00:00+08:00")
                                        .add("participants", "调解员")
                                        .add("notes", "补充记录")
                                        .build()
                                        .toString())
                        .status())
                .as("the first receiver can no longer change it")
                .isEqualTo(409);
        JsonObject atDistrict = caseFile(districtMediator, DISTRICT, caseId);
        assertThat(atDistrict.toString()).contains(STREET);
        act(districtMediator, DISTRICT, caseId, "accept", JsonValue.EMPTY_JSON_OBJECT);
        act(
                districtMediator,
                DISTRICT,
                caseId,
                "refer",
                Json.createObjectBuilder()
                        .add("to", "LITIGATION")
                        .add("reason", "双方对房产归属分歧大，引导诉讼")
                        .build());

        JsonObject followed = caseFile(mediator, STREET, caseId);
        assertThat(followed.getString("state")).isEqualTo("ESCALATED");
        assertThat(followed.toString()).contains("NOT_RESOLVED").contains(DISTRICT);
        ApiClient.Response timeline = cases(districtMediator).get("t/" + DISTRICT + "/cases/" + caseId + "/timeline");
        assertThat(timeline.body()).as("the whole timeline moved up").contains("j.desk", "j.mediator", "j.district");

        for (String[] stranger : List.of(
                new String[] {siblingMediator, SIBLING},
                new String[] {siblingMediator, DISTRICT},
                new String[] {siblingMediator, STREET},
                new String[] {otherDistrictMediator, OTHER_DISTRICT},
                new String[] {otherDistrictMediator, DISTRICT})) {
            assertThat(cases(stranger[0])
                            .get("t/" + stranger[1] + "/cases/" + caseId)
                            .status())
                    .as("stranger in " + stranger[1])
                    .isEqualTo(404);
        }
    }

    @Test
    @DisplayName("#4 bad input: every broken rule named, nothing registered")
    void badInput() {
        int before = mattersToday(desk, STREET);
        record Wrong(JsonObject body, String field) {}
        List<Wrong> wrongs = List.of(
                new Wrong(
                        divorce()
                                .add(
                                        "parties",
                                        Json.createArrayBuilder()
                                                .add(Desk.party("APPLICANT", "王丽", "420102199003071233", null)))
                                .build(),
                        "parties[0].idNumber"),
                new Wrong(divorce().add("categoryCode", "no-such-category").build(), "categoryCode"),
                new Wrong(
                        divorce()
                                .add("roomId", "00000000-0000-0000-0000-000000000000")
                                .build(),
                        "roomId"),
                new Wrong(divorce().add("description", "长".repeat(4001)).build(), "description"),
                new Wrong(Json.createObjectBuilder().add("channel", "WALK_IN").build(), "categoryCode"),
                new Wrong(divorce().add("channel", "CARRIER_PIGEON").build(), null));
        for (Wrong wrong : wrongs) {
            ApiClient.Response refused = reception(desk)
                    .post("t/" + STREET + "/matters", wrong.body().toString());
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            if (wrong.field() != null) {
                assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                        .as(refused.toString())
                        .extracting(violation -> violation.getString("field"))
                        .anyMatch(field -> field.endsWith(wrong.field()));
            }
        }
        ApiClient.Response wrongCenter = reception(siblingMediator)
                .post("t/" + STREET + "/matters", divorce().build().toString());
        assertThat(wrongCenter.status()).isEqualTo(404);
        assertThat(mattersToday(desk, STREET)).isEqualTo(before);
    }

    @Test
    @DisplayName("#4 bad input: a registration missing several required fields names every one of them")
    void everyMissingFieldNamed() {
        int before = mattersToday(desk, STREET);
        JsonObject onlyParties = Json.createObjectBuilder()
                .add("parties", Json.createArrayBuilder().add(Desk.party("APPLICANT", "王丽", null, "13812345678")))
                .build();

        ApiClient.Response refused = reception(desk).post("t/" + STREET + "/matters", onlyParties.toString());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        List<String> fields = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(violation -> violation.getString("field"))
                .toList();
        for (String required : List.of("categoryCode", "channel", "description", "riskLevel", "grade")) {
            assertThat(fields).as(refused.toString()).anyMatch(field -> field.endsWith(required));
        }
        assertThat(mattersToday(desk, STREET)).isEqualTo(before);
    }

    @Test
    @DisplayName(
            "#4 bad input: a party's name or address longer than the register holds is refused, nothing registered")
    void oversizedPartyFields() {
        int before = mattersToday(desk, STREET);
        record Wrong(JsonObject party, String field) {}
        for (Wrong wrong : List.of(
                new Wrong(Desk.party("APPLICANT", "王".repeat(51), null, null).build(), "parties[0].name"),
                new Wrong(
                        Desk.party("APPLICANT", "王丽", null, null)
                                .add("address", "湖北省武汉市".repeat(34))
                                .build(),
                        "parties[0].address"),
                new Wrong(Desk.party("APPLICANT", "王丽", null, "1".repeat(21)).build(), "parties[0].phone"))) {
            JsonObject matter = divorce()
                    .add("parties", Json.createArrayBuilder().add(wrong.party()))
                    .build();
            ApiClient.Response refused = reception(desk).post("t/" + STREET + "/matters", matter.toString());
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                    .as(refused.toString())
                    .extracting(violation -> violation.getString("field"))
                    .anyMatch(field -> field.endsWith(wrong.field()));
        }
        assertThat(mattersToday(desk, STREET)).isEqualTo(before);
    }

    @Test
    @DisplayName(
            "#4 bad input on a case: an agreement without terms, a referral to an unnamed department — 400, case unchanged")
    void caseActionsRefuseBadInput() {
        JsonObject matter = register(desk, STREET, divorce().build());
        String caseId = dispatch(desk, STREET, matter.getString("id")).getString("caseId");
        act(mediator, STREET, caseId, "accept", JsonValue.EMPTY_JSON_OBJECT);
        JsonObject caseBefore = caseFile(mediator, STREET, caseId);
        String timelineBefore = cases(mediator)
                .get("t/" + STREET + "/cases/" + caseId + "/timeline")
                .body();
        JsonObject performance = Json.createObjectBuilder()
                .add("manner", "银行转账")
                .add("place", "武汉市汉阳区")
                .add("deadline", "2026-12-31")
                .build();
        record Wrong(String action, JsonObject body, String field) {}
        for (Wrong wrong : List.of(
                new Wrong(
                        "resolve",
                        Json.createObjectBuilder()
                                .add("facts", "双方对抚养费有争议。")
                                .add("performance", performance)
                                .build(),
                        "terms"),
                new Wrong(
                        "resolve",
                        Json.createObjectBuilder()
                                .add("facts", "双方对抚养费有争议。")
                                .add("terms", "赵强每月支付抚养费贰仟元。")
                                .add(
                                        "performance",
                                        Json.createObjectBuilder(performance).remove("deadline"))
                                .build(),
                        "deadline"),
                new Wrong(
                        "refer",
                        Json.createObjectBuilder()
                                .add("to", "COMPETENT_DEPARTMENT")
                                .add("reason", "属劳动争议，应由人社部门处理")
                                .build(),
                        "department"),
                new Wrong(
                        "refer",
                        Json.createObjectBuilder().add("to", "LITIGATION").build(),
                        "reason"))) {
            ApiClient.Response refused = cases(mediator)
                    .post(
                            "t/" + STREET + "/cases/" + caseId + "/" + wrong.action(),
                            wrong.body().toString());
            assertThat(refused.status()).as(wrong + ": " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                    .as(refused.toString())
                    .extracting(violation -> violation.getString("field"))
                    .anyMatch(field -> field.endsWith(wrong.field()));
        }
        JsonObject caseAfter = caseFile(mediator, STREET, caseId);
        assertThat(caseAfter.getString("state")).isEqualTo("ACCEPTED");
        assertThat(caseAfter).isEqualTo(caseBefore);
        assertThat(cases(mediator)
                        .get("t/" + STREET + "/cases/" + caseId + "/timeline")
                        .body())
                .as("nothing on the timeline")
                .isEqualTo(timelineBefore);
    }

    private static String pdfText(String token, String center, String caseId) throws IOException, InterruptedException {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(RunningPlatform.baseUrl() + "/cases/api/v1/t/" + center
                                        + "/cases/" + caseId + "/agreement.pdf"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            // #14.8: the deployed module embeds its font, so the agreement prints where no CJK font is installed
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
