package org.onedoor.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;
import org.openqa.selenium.By;

/**
 * Issue #4 in real browsers: the receptionist registers a resident and dispatches; the mediator's
 * workbench, already open in another browser, shows the case without reloading; the mediator
 * accepts, records a session, resolves with an agreement (the PDF's Chinese text is checked),
 * follows up and closes. Works in 洲头街道 420105004.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class FirstJourneyBrowserIT {

    static final String STREET = "420105004";
    private static final String PASSWORD = "Journey-2026-browser";

    private Browser desk;
    private Browser mediator;

    @BeforeAll
    static void center() {
        Centers.open("420000", "湖北省", null, null);
        Centers.open("420100", "武汉市", "420000", null);
        Centers.open("420105", "汉阳区", "420100", null);
        Centers.open(STREET, "洲头街道", "420105", null);
        String admin = Centers.person("b.admin", PASSWORD, STREET + ":tenant-admin");
        Centers.person("b.desk", PASSWORD, STREET + ":receptionist");
        Centers.person("b.mediator", PASSWORD, STREET + ":mediator");
        Centers.person("b.district", PASSWORD, "420105:mediator");
        ApiClient.Response room = Centers.admin(admin)
                .post(
                        "t/" + STREET + "/rooms",
                        "{\"name\":\"婚姻家庭纠纷调解室\",\"type\":\"MARRIAGE_FAMILY\",\"mediators\":[\"b.mediator\"]}");
        assertThat(room.status()).as(room.toString()).isEqualTo(201);
        assertThat(Centers.admin(admin)
                        .put(
                                "t/" + STREET + "/routing/marriage-family",
                                "{\"roomId\":\"" + room.json().getString("id") + "\"}")
                        .status())
                .isEqualTo(200);
    }

    @AfterEach
    void closeBrowsers() {
        for (Browser browser : new Browser[] {desk, mediator}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    private static Browser login(String start, String username) {
        return Browser.loggedIn(start, username, PASSWORD);
    }

    @Test
    @DisplayName(
            "#4 desk registers and dispatches; the open workbench shows it live; mediated, agreement PDF, follow-up, closed")
    void walkInToClosedCase() throws IOException, InterruptedException {
        mediator = login("/cases/workbench.xhtml", "b.mediator");
        mediator.await(By.cssSelector("#live-status[data-state='open']"), Duration.ofSeconds(20));
        mediator.script("window.notReloaded = true;");

        desk = login("/reception/desk.xhtml", "b.desk");
        desk.type(By.id("desk:applicant-name"), "王丽");
        desk.type(By.id("desk:applicant-id"), "420102199003071232");
        desk.type(By.id("desk:applicant-phone"), "13812345678");
        desk.type(By.id("desk:respondent-name"), "赵强");
        desk.script("PF('categoryMenu').selectValue('divorce');");
        desk.awaitAjax();
        desk.type(By.id("desk:description"), "夫妻因子女抚养费发生争执，申请调解。");
        desk.click(By.id("desk:register"));
        String ticket = desk.text(By.id("registered-ticket"));
        assertThat(ticket).matches("A\\d{3,}");
        assertThat(desk.text(By.id("registered-room"))).isEqualTo("婚姻家庭纠纷调解室");
        desk.click(By.id("desk:dispatch-registered"));
        desk.awaitText(By.id("registered-state"), "已派单");

        By arrived = By.xpath("//span[contains(@class,'od-ticket') and normalize-space(text())='" + ticket + "']");
        mediator.await(arrived, Duration.ofSeconds(5));
        assertThat(mediator.script("return window.notReloaded === true;"))
                .as("the workbench was not reloaded")
                .isEqualTo(true);
        assertThat(mediator.text(By.id("workbench:cases"))).contains("王*").doesNotContain("王丽");

        mediator.click(By.xpath(
                "//tr[.//span[normalize-space(text())='" + ticket + "']]//a[contains(@class,'od-case-link')]"));
        mediator.click(By.id("actions:accept"));
        mediator.awaitText(By.id("case-state"), "调解中");
        // participants are chosen from the case's parties, shown masked (issue #22.3)
        mediator.script("PF('sessionParties').checkAll();");
        mediator.type(By.id("actions:session-notes"), "双方同意就抚养费协商。");
        mediator.click(By.id("actions:record-session"));
        mediator.awaitText(By.id("actions:sessions"), "双方同意就抚养费协商");
        assertThat(mediator.text(By.id("actions:sessions")))
                .contains("王*", "赵*")
                .doesNotContain("王丽", "赵强");
        mediator.type(By.id("actions:facts"), "双方因子女抚养费发生争执。");
        mediator.type(By.id("actions:terms"), "赵强每月支付子女抚养费人民币贰仟元。");
        mediator.type(By.id("actions:manner"), "银行转账");
        mediator.type(By.id("actions:place"), "武汉市汉阳区");
        mediator.type(By.id("actions:deadline_input"), "2026-12-31");
        mediator.click(By.id("actions:resolve"));
        mediator.awaitText(By.id("case-state"), "调解成功");

        String href = mediator.attribute(By.id("agreement-pdf"), "href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", mediator.cookieHeader())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", ""))
                    .contains("人民调解协议书", "王丽", "赵强", "抚养费人民币贰仟元", "一式三份");
        }

        mediator.click(By.id("actions:follow-up"));
        mediator.awaitText(By.id("case-state"), "已回访");
        mediator.click(By.id("actions:close"));
        mediator.awaitText(By.id("case-state"), "已结案");
        // people by name (测试b.mediator: the test accounts' names carry the username), actions in words
        assertThat(mediator.text(By.id("actions:timeline")))
                .contains("测试b.desk", "测试b.mediator", "结案")
                .doesNotContain("CLOSED");
    }

    @Test
    @DisplayName("#4.1 the center's administrator opens a room on the configuration page; the desk can choose it")
    void administratorOpensARoom() {
        desk = login("/admin/configuration.xhtml", "b.admin");
        desk.type(By.id("configuration:tabs:room-name"), "心理疏导室");
        desk.type(By.id("configuration:tabs:room-mediators"), "b.mediator");
        desk.click(By.id("configuration:tabs:open-room"));
        desk.awaitText(By.id("configuration:tabs:rooms"), "心理疏导室");
        assertThat(Centers.admin(PlatformStack.stack().token("b.desk", PASSWORD))
                        .get("t/" + STREET + "/intake-configuration")
                        .body())
                .contains("心理疏导室");
    }

    @Test
    @DisplayName("#4.5 escalated in the browser: the district's workbench hears of it, the street follows its outcome")
    void escalationToTheDistrict() {
        String deskToken = PlatformStack.stack().token("b.desk", PASSWORD);
        ApiClient.Response registered = Centers.api("reception", deskToken)
                .post(
                        "t/" + STREET + "/matters",
                        "{\"categoryCode\":\"divorce\",\"channel\":\"WALK_IN\",\"riskLevel\":\"HIGH\","
                                + "\"grade\":\"SPECIAL\",\"description\":\"涉房产分割，矛盾激烈\","
                                + "\"parties\":[{\"role\":\"APPLICANT\",\"name\":\"李娜\"}]}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String caseId = Centers.api("reception", deskToken)
                .post("t/" + STREET + "/matters/" + registered.json().getString("id") + "/dispatch", "{}")
                .json()
                .getString("caseId");

        desk = login("/cases/workbench.xhtml", "b.district");
        desk.await(By.cssSelector("#live-status[data-state='open']"), Duration.ofSeconds(20));
        mediator = login("/cases/case.xhtml?id=" + caseId, "b.mediator");
        mediator.click(By.id("actions:accept"));
        mediator.awaitText(By.id("case-state"), "调解中");
        mediator.script(
                "PrimeFaces.widgets && Object.values(PrimeFaces.widgets)"
                        + ".filter(w => w.jq && w.jq.hasClass('ui-fieldset-toggleable')).forEach(w => w.expand && w.expand());");
        mediator.type(By.id("actions:escalate-reason"), "矛盾激烈，提请区级会诊");
        mediator.click(By.id("actions:escalate"));
        mediator.awaitText(By.id("case-state"), "已提级");
        assertThat(mediator.text(By.id("escalated-to"))).isEqualTo("汉阳区");
        assertThat(mediator.attribute(By.id("escalated-to"), "data-code")).isEqualTo("420105");

        desk.await(
                By.xpath("//span[contains(@class,'od-ticket') and @data-case='" + caseId + "']"),
                Duration.ofSeconds(5));
        assertThat(desk.text(By.id("live-last"))).contains(registered.json().getString("ticket"));
    }
}
