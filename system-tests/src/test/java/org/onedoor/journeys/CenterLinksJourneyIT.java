package org.onedoor.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.matters.Desk;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue #22.2 in a real browser: links to a case or matter carry its center. A mediator who works in
 * two streets opens a case of one while the other is active: the case shows and its street becomes
 * the active center; reload, back and a center switched in another tab do not move the page out of
 * it. A stranger opening the same link gets the not-found page (404), the same as for a center that
 * does not exist. Works in 城关区 620102: 酒泉路街道 620102001 (the case's) and 张掖路街道 620102002.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class CenterLinksJourneyIT {

    static final String STREET = "620102001";
    static final String STREET_NAME = "酒泉路街道";
    static final String OTHER = "620102002";
    static final String OTHER_NAME = "张掖路街道";
    private static final String PASSWORD = "Links-2026-center";

    private static String deskToken;
    private static String caseId;
    private static String caseNumber;
    private static String ticket;

    private Browser browser;

    @BeforeAll
    static void aCaseInOneOfTwoStreets() {
        Centers.open("620000", "甘肃省", null, null);
        Centers.open("620100", "兰州市", "620000", null);
        Centers.open("620102", "城关区", "620100", null);
        Centers.open(STREET, STREET_NAME, "620102", null);
        Centers.open(OTHER, OTHER_NAME, "620102", null);
        String admin = Centers.person("links.admin", PASSWORD, STREET + ":tenant-admin");
        deskToken = Centers.person("links.desk", PASSWORD, STREET + ":receptionist");
        Centers.person("links.mediator", PASSWORD, STREET + ":mediator", OTHER + ":mediator");
        Centers.person("links.stranger", PASSWORD, OTHER + ":mediator");
        Desk.room(admin, STREET, "婚姻家庭纠纷调解室", "MARRIAGE_FAMILY", "marriage-family", "links.mediator");

        JsonObject matter = Desk.register(deskToken, STREET, Desk.divorce().build());
        JsonObject dispatched = Desk.dispatch(deskToken, STREET, matter.getString("id"));
        caseId = dispatched.getString("caseId");
        caseNumber = dispatched.getString("caseNumber");
        ticket = dispatched.getString("ticket");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String caseLink(String center) {
        return "/cases/case.xhtml?center=" + center + "&id=" + caseId;
    }

    @Test
    @DisplayName(
            "#22.2 a case link opened while another center is active shows the case in its center; reload, back and another tab keep it")
    void aCaseLinkOpensInItsCenter() {
        browser = Browser.loggedIn("/cases/", "links.mediator", PASSWORD);
        new Select(browser.await(By.id("center:active"))).selectByVisibleText(OTHER_NAME);
        browser.awaitText(By.id("active-center"), OTHER_NAME, Duration.ofSeconds(20));

        browser.open(RunningPlatform.baseUrl() + caseLink(STREET));
        assertThat(browser.text(By.id("case-number"))).isEqualTo(caseNumber);
        assertThat(activeInHeader()).isEqualTo(STREET_NAME);

        browser.reload();
        assertThat(browser.text(By.id("case-number"))).isEqualTo(caseNumber);
        assertThat(activeInHeader()).isEqualTo(STREET_NAME);

        // opening the link made the case's street the active center of the pages that follow
        browser.open(RunningPlatform.baseUrl() + "/reception/");
        assertThat(browser.text(By.id("active-center"))).isEqualTo(STREET_NAME);
        browser.back();
        assertThat(browser.text(By.id("case-number"))).isEqualTo(caseNumber);
        assertThat(activeInHeader()).isEqualTo(STREET_NAME);

        // another tab switches to the other street; this page's actions still act in the case's
        String caseTab = browser.openTab(RunningPlatform.baseUrl() + "/cases/");
        new Select(browser.await(By.id("center:active"))).selectByVisibleText(OTHER_NAME);
        browser.awaitText(By.id("active-center"), OTHER_NAME, Duration.ofSeconds(20));
        browser.switchToTab(caseTab);
        browser.click(By.id("actions:accept"));
        browser.await(By.cssSelector("#case-state[data-state='ACCEPTED']"));

        browser.reload();
        assertThat(browser.attribute(By.id("case-state"), "data-state")).isEqualTo("ACCEPTED");
        assertThat(activeInHeader()).isEqualTo(STREET_NAME);
    }

    @Test
    @DisplayName("#22.2 the workbench's and the home page's links carry the center")
    void workbenchLinksCarryTheCenter() {
        browser = Browser.loggedIn("/cases/workbench.xhtml?center=" + STREET, "links.mediator", PASSWORD);
        By link =
                By.xpath("//tr[.//span[normalize-space(text())='" + ticket + "']]//a[contains(@class,'od-case-link')]");
        String href = browser.attribute(link, "href");
        assertThat(href).contains("center=" + STREET).contains("id=" + caseId);
        browser.click(link);
        assertThat(browser.text(By.id("case-number"))).isEqualTo(caseNumber);
        assertThat(browser.url()).contains("center=" + STREET);

        browser.open(RunningPlatform.baseUrl() + "/cases/");
        assertThat(browser.attribute(By.id("go-workbench"), "href")).contains("center=" + STREET);
    }

    @Test
    @DisplayName(
            "#22.2 a stranger opening the link gets the not-found page (404), the same as for a center that does not exist")
    void aStrangerGetsNotFound() throws Exception {
        browser = Browser.loggedIn(caseLink(STREET), "links.stranger", PASSWORD);
        String notFound = browser.text(By.id("error-explanation"));
        assertThat(notFound).contains("不存在");
        assertThat(browser.isPresent(By.id("case-number"))).isFalse();
        assertThat(browser.text(By.tagName("body"))).doesNotContain(caseNumber, STREET_NAME, "王丽");
        assertThat(status(caseLink(STREET))).isEqualTo(404);

        // a center that does not exist: the same page, the same status
        browser.open(RunningPlatform.baseUrl() + caseLink("620102099"));
        assertThat(browser.text(By.id("error-explanation"))).isEqualTo(notFound);
        assertThat(status(caseLink("620102099"))).isEqualTo(404);

        // in the stranger's own center the case is not found either, with the same status
        browser.open(RunningPlatform.baseUrl() + caseLink(OTHER));
        browser.await(By.id("case-not-found"));
        assertThat(status(caseLink(OTHER))).isEqualTo(404);

        // the refused link did not make the case's street the stranger's active center
        assertThat(browser.cookieHeader()).doesNotContain("onedoor-center=" + STREET);
    }

    @Test
    @DisplayName("#22.2 the desk's warning of a resident's other open matter links to it at the desk, in its center")
    void openMatterLinkOpensTheMatter() {
        JsonObject resident = Json.createObjectBuilder()
                .add(
                        "parties",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("role", "APPLICANT")
                                        .add("name", "李梅")
                                        .add("phone", "13700006202")))
                .add("categoryCode", "divorce")
                .add("channel", "WALK_IN")
                .add("description", "离婚后子女探望安排发生争执。")
                .add("riskLevel", "LOW")
                .add("grade", "ORDINARY")
                .build();
        JsonObject first = Desk.register(deskToken, STREET, resident);
        JsonObject second = Desk.register(deskToken, STREET, resident);
        String link = second.getJsonArray("openMatters").getValuesAs(JsonObject.class).stream()
                .filter(open -> open.getString("id").equals(first.getString("id")))
                .findFirst()
                .orElseThrow()
                .getString("link");
        assertThat(link).isEqualTo("/reception/desk.xhtml?center=" + STREET + "&matter=" + first.getString("id"));

        browser = Browser.loggedIn(link, "links.desk", PASSWORD);
        assertThat(browser.text(By.id("registered-ticket"))).isEqualTo(first.getString("ticket"));
        assertThat(browser.isPresent(By.id("desk:dispatch-registered"))).isTrue();
    }

    private String activeInHeader() {
        return new Select(browser.await(By.id("center:active")))
                .getFirstSelectedOption()
                .getText();
    }

    /** The HTTP status of {@code path} for the browser's user (its cookies), without following redirects. */
    private int status(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(RunningPlatform.baseUrl() + path))
                                .header("Cookie", browser.cookieHeader())
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
