package org.onedoor.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.matters.Desk;
import org.onedoor.rollups.Casework;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;
import org.openqa.selenium.By;

/**
 * Issue #15.3 in a real browser: the case page shows the case's path (办案流程) — a special (特需)
 * case's district consultation (提级会诊) to do before conclusion, a community case's routine visits
 * (走访) — and takes its steps. The street's mediator is refused the conclusion in words while the
 * consultation is outstanding, asks it on the case page; the district's mediator finds it on the
 * district's consultations page (区级会诊) and records the opinion; the street's case page shows the
 * step done with the opinion, and the case concludes. A visit recorded on the page moves the next
 * visit's date. Blank questions, opinions and notes are refused in words and change nothing.
 *
 * <pre>
 * 140000 山西省 → 140100 太原市 → 140105 小店区 → 140105001 坞城街道
 * </pre>
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class ConsultationJourneyIT {

    private static final String DISTRICT = "140105";
    private static final String STREET = "140105001";
    private static final String PASSWORD = "Journey-2026-path";
    private static final String QUESTION = "欠薪涉及 12 名工人，企业称资金链断裂，请区级会诊确定垫付方案";
    private static final String OPINION = "同意街道方案：区人社局三日内约谈企业负责人，欠薪由应急周转金先行垫付。";
    private static final By CONSULT = By.cssSelector("li.od-path-step[data-kind='CONSULT']");
    private static final By VISIT = By.cssSelector("li.od-path-step[data-kind='VISIT']");
    private static final By FEEDBACK = By.id("actions:feedback");

    private static String mediator;
    private static String roomId;

    private Browser streetBrowser;
    private Browser districtBrowser;

    @BeforeAll
    static void centers() {
        Centers.open("140000", "山西省", null, null);
        Centers.open("140100", "太原市", "140000", null);
        Centers.open(DISTRICT, "小店区", "140100", null);
        Centers.open(STREET, "坞城街道", DISTRICT, null);
        String admin = Centers.person("cj.admin", PASSWORD, STREET + ":tenant-admin");
        mediator = Centers.person("cj.mediator", PASSWORD, STREET + ":mediator", STREET + ":receptionist");
        Centers.person("cj.district", PASSWORD, DISTRICT + ":mediator");
        roomId = Casework.room(admin, STREET, "cj.mediator");
    }

    @AfterEach
    void closeBrowsers() {
        for (Browser browser : new Browser[] {streetBrowser, districtBrowser}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    @DisplayName("#15.3 a special case: the conclusion refused in words while the district's consultation is"
            + " outstanding; asked on the case page, answered on the district's page, then the case concludes;"
            + " blank question and opinion refused, nothing changes")
    void specialCaseConsultedInTheBrowser() {
        JsonObject opened = dispatch("wage-arrears", "拖欠工资纠纷", "SPECIAL", OffsetDateTime.now());
        String caseId = opened.getString("id");
        String number = opened.getString("number");
        Desk.act(mediator, STREET, caseId, "accept", JsonValue.EMPTY_JSON_OBJECT);

        streetBrowser = Browser.loggedIn(casePage(caseId), "cj.mediator", PASSWORD);
        streetBrowser.await(By.cssSelector("li.od-path-step[data-kind='CONSULT'][data-state='outstanding']"));
        assertThat(streetBrowser.text(By.id("path-title"))).isEqualTo("办案流程");
        assertThat(streetBrowser.text(CONSULT)).contains("提级会诊", "待办", "办结前须完成", "10 工作日内完成");
        assertThat(streetBrowser.attribute(CONSULT, "data-outstanding")).isEqualTo("true");
        assertThat(streetBrowser.isPresent(By.id("actions:record-visit")))
                .as("a special case's path has no visits")
                .isFalse();

        // the conclusion is refused in words while the consultation is outstanding; the state stays
        fillAgreement(streetBrowser);
        streetBrowser.click(By.id("actions:resolve"));
        streetBrowser.awaitText(FEEDBACK, "办结前须先完成");
        assertThat(streetBrowser.text(FEEDBACK)).contains("提级会诊").doesNotContain("CONSULT");
        assertThat(streetBrowser.attribute(By.id("case-state"), "data-state")).isEqualTo("ACCEPTED");
        assertThat(Desk.caseFile(mediator, STREET, caseId).getString("state")).isEqualTo("ACCEPTED");

        // careless: no question — refused at the field, nothing asked
        streetBrowser.click(By.id("actions:ask-consultation"));
        streetBrowser.awaitText(By.id("actions:consult-question-message"), "此项必填");
        assertThat(streetBrowser.attribute(CONSULT, "data-state")).isEqualTo("outstanding");
        assertThat(absent(consult(Desk.caseFile(mediator, STREET, caseId)), "requestedAt"))
                .isTrue();

        streetBrowser.type(By.id("actions:consult-question"), QUESTION);
        streetBrowser.click(By.id("actions:ask-consultation"));
        streetBrowser.await(By.cssSelector("li.od-path-step[data-kind='CONSULT'][data-state='asked']"));
        assertThat(streetBrowser.text(FEEDBACK)).contains("已提请区级会诊");
        assertThat(streetBrowser.text(CONSULT)).contains("等待区级意见", "小店区", "办结前须完成");
        assertThat(streetBrowser.isPresent(By.id("actions:ask-consultation")))
                .as("asked once until answered")
                .isFalse();

        // the district's mediator: from the workbench to the consultations, open ones first
        districtBrowser = Browser.loggedIn("/cases/workbench.xhtml?center=" + DISTRICT, "cj.district", PASSWORD);
        districtBrowser.click(By.id("workbench:go-consultations"));
        districtBrowser.awaitText(By.id("consultations:list"), number);
        By row = By.xpath(
                "//tr[.//span[contains(@class,'od-consultation-case') and normalize-space(text())='" + number + "']]");
        assertThat(districtBrowser.text(row))
                .contains("坞城街道", "拖欠工资纠纷", QUESTION, "测试cj.mediator")
                .doesNotContain(Casework.APPLICANT);
        assertThat(districtBrowser.attribute(By.cssSelector("span.od-consultation-from"), "data-code"))
                .isEqualTo(STREET);

        // careless: no opinion — refused at the field, the consultation stays open
        districtBrowser.click(By.cssSelector("button[id$=':answer']"));
        districtBrowser.awaitText(By.cssSelector("[id$=':opinion-message']"), "此项必填");
        assertThat(absent(openConsultation(caseId), "opinion")).isTrue();
        assertThat(consult(Desk.caseFile(mediator, STREET, caseId)).getBoolean("outstanding"))
                .isTrue();

        districtBrowser.type(By.cssSelector("textarea[id$=':opinion']"), OPINION);
        districtBrowser.click(By.cssSelector("button[id$=':answer']"));
        districtBrowser.awaitText(By.id("consultations:feedback"), "已对案件 " + number + " 提出会诊意见");
        districtBrowser.awaitText(By.id("consultations:list"), "没有待提出意见的会诊");
        districtBrowser.click(By.xpath("//label[normalize-space(text())='全部']"));
        districtBrowser.awaitAjax();
        districtBrowser.awaitText(By.id("consultations:list"), OPINION);
        assertThat(districtBrowser.isPresent(By.cssSelector("textarea[id$=':opinion']")))
                .as("the opinion is given once")
                .isFalse();

        // the street's case page: the step done with the opinion; the case now concludes
        streetBrowser.reload();
        streetBrowser.await(By.cssSelector("li.od-path-step[data-kind='CONSULT'][data-state='done']"));
        assertThat(streetBrowser.text(CONSULT))
                .contains("已完成", OPINION, "测试cj.district")
                .doesNotContain("办结前须完成");
        assertThat(streetBrowser.attribute(CONSULT, "data-outstanding")).isEqualTo("false");
        fillAgreement(streetBrowser);
        streetBrowser.click(By.id("actions:resolve"));
        streetBrowser.awaitText(By.id("case-state"), "调解成功");
        assertThat(Desk.caseFile(mediator, STREET, caseId).getString("state")).isEqualTo("RESOLVED");
    }

    @Test
    @DisplayName("#15.3 a community case: a visit recorded on the case page moves the next visit's date; a blank"
            + " note is refused and changes nothing")
    void communityVisitMovesTheNextDate() {
        // registered three days ago: the first visit is due four days from now, the next a week after today's
        JsonObject opened =
                dispatch("neighbour", "邻里纠纷", "COMMUNITY", OffsetDateTime.now().minusDays(3));
        String caseId = opened.getString("id");
        By due = By.cssSelector("li.od-path-step[data-kind='VISIT'] .od-path-due");

        streetBrowser = Browser.loggedIn(casePage(caseId), "cj.mediator", PASSWORD);
        streetBrowser.await(By.cssSelector("li.od-path-step[data-kind='VISIT'][data-state='scheduled']"));
        assertThat(streetBrowser.text(VISIT))
                .contains("定期走访", "每 7 自然日走访一次", "下次走访")
                .doesNotContain("办结前须完成");
        assertThat(streetBrowser.attribute(VISIT, "data-outstanding")).isEqualTo("false");
        String firstDue = streetBrowser.text(due);
        assertThat(firstDue).isEqualTo(words(LocalDate.now(Casework.CHINA).plusDays(4)));
        assertThat(streetBrowser.isPresent(By.id("actions:ask-consultation"))).isFalse();

        // careless: no note — refused at the field, the date stays
        streetBrowser.click(By.id("actions:record-visit"));
        streetBrowser.awaitText(By.id("actions:visit-note-message"), "此项必填");
        assertThat(streetBrowser.text(due)).isEqualTo(firstDue);
        assertThat(absent(
                        Desk.caseFile(mediator, STREET, caseId)
                                .getJsonArray("requirements")
                                .getJsonObject(0),
                        "doneAt"))
                .isTrue();

        streetBrowser.type(By.id("actions:visit-note"), "入户走访，双方同意下周再协商漏水维修");
        streetBrowser.click(By.id("actions:record-visit"));
        streetBrowser.awaitText(VISIT, "入户走访，双方同意下周再协商漏水维修");
        assertThat(streetBrowser.text(FEEDBACK)).contains("已记录走访");
        assertThat(streetBrowser.text(VISIT)).contains("上次走访", "测试cj.mediator");
        assertThat(streetBrowser.text(due))
                .isNotEqualTo(firstDue)
                .isEqualTo(words(LocalDate.now(Casework.CHINA).plusDays(7)));
        assertThat(streetBrowser.text(By.id("actions:timeline"))).contains("定期走访");
    }

    private static String casePage(String caseId) {
        return "/cases/case.xhtml?center=" + STREET + "&id=" + caseId;
    }

    /** A day as the pages write it: 2026年12月4日. */
    private static String words(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private static void fillAgreement(Browser browser) {
        browser.type(By.id("actions:facts"), "企业拖欠 12 名工人三个月工资。");
        browser.type(By.id("actions:terms"), "企业于三十日内分两期支付全部欠薪。");
        browser.type(By.id("actions:manner"), "银行转账");
        browser.type(By.id("actions:place"), "坞城街道矛调中心");
        browser.type(
                By.id("actions:deadline_input"),
                LocalDate.now(Casework.CHINA).plusDays(30).toString());
    }

    /** Whether {@code field} is null or, as the API leaves nulls out, missing. */
    private static boolean absent(JsonObject object, String field) {
        return !object.containsKey(field) || object.isNull(field);
    }

    private static JsonObject consult(JsonObject caseFile) {
        return caseFile.getJsonArray("requirements").stream()
                .map(JsonValue::asJsonObject)
                .filter(step -> step.getString("kind").equals("CONSULT"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no consultation in " + caseFile));
    }

    /** The district's open consultation on {@code caseId}, as its API lists it. */
    private static JsonObject openConsultation(String caseId) {
        String district = PlatformStack.stack().token("cj.district", PASSWORD);
        ApiClient.Response answer = Desk.cases(district).get("t/" + DISTRICT + "/consultations?open=true");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(item -> item.getString("caseId").equals(caseId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not open: " + answer));
    }

    /** A case handed over as the front desk's module does, registered at {@code registeredAt}. */
    private static JsonObject dispatch(
            String category, String categoryName, String grade, OffsetDateTime registeredAt) {
        return Desk.handedOver(STREET, roomId, category, categoryName, grade, registeredAt);
    }
}
