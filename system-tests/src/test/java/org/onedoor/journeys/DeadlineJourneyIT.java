package org.onedoor.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.matters.Desk;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;
import org.openqa.selenium.By;

/**
 * Issue #15.4/#15.5 in a real browser: a leader assigns a case to a mediator, whose open workbench
 * hears it in the bell; the deadline pass — run as at later instants, as the test stack allows —
 * turns the case yellow, then red, and the mediator's bell and workbench follow without a reload;
 * the case page's badge is red; the street's leader and the district's leader find it on their
 * supervision lists; an extension without the parties' consent is refused and changes nothing, one
 * with it moves the deadline. Works in 江西 东湖区 360102 and its street 公园街道 360102001.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class DeadlineJourneyIT {

    private static final String DISTRICT = "360102";
    private static final String STREET = "360102001";
    private static final String PASSWORD = "Journey-2026-clock";
    private static final Duration LIVE = Duration.ofSeconds(20);
    private static final By BELL_COUNT = By.id("bell-count");
    private static final By BADGE = By.id("clock-badge");
    private static final By DUE = By.id("clock-due");

    private static String mediator;
    private static String roomId;

    private Browser mediatorBrowser;
    private Browser leaderBrowser;

    @BeforeAll
    static void centers() {
        Centers.open("360000", "江西省", null, null);
        Centers.open("360100", "南昌市", "360000", null);
        Centers.open(DISTRICT, "东湖区", "360100", null);
        Centers.open(STREET, "公园街道", DISTRICT, null);
        String admin = Centers.person("dj.admin", PASSWORD, STREET + ":tenant-admin");
        mediator = Centers.person("dj.mediator", PASSWORD, STREET + ":mediator");
        Centers.person("dj.colleague", PASSWORD, STREET + ":mediator");
        Centers.person("dj.leader", PASSWORD, STREET + ":leader");
        Centers.person("dj.district", PASSWORD, DISTRICT + ":leader");
        roomId = Desk.room(admin, STREET, "家事调解室", "MARRIAGE_FAMILY", "divorce", "dj.mediator", "dj.colleague");
        ApiClient.Response rule = Centers.admin(admin)
                .put(
                        "t/" + STREET + "/time-limits/CONCLUDE/divorce/SPECIALIST",
                        "{\"amount\":10,\"unit\":\"WORKING_DAYS\",\"maxExtensions\":1,\"extensionAmount\":5}");
        assertThat(rule.status()).as(rule.toString()).isEqualTo(200);
    }

    @AfterEach
    void closeBrowsers() {
        for (Browser browser : new Browser[] {mediatorBrowser, leaderBrowser}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    @DisplayName("#15.4/#15.5 assigned, yellow, red — live in the mediator's bell and workbench; red badge; on the"
            + " street's and the district's supervision lists; an extension without consent refused, with consent"
            + " the deadline moves")
    void assignedYellowRedSupervisedExtended() {
        JsonObject opened = dispatch();
        String caseId = opened.getString("id");
        String number = opened.getString("number");
        Instant warnAt = Instant.parse(opened.getJsonObject("clock").getString("warnAt"));
        Instant dueAt = Instant.parse(opened.getJsonObject("clock").getString("dueAt"));

        mediatorBrowser = Browser.loggedIn("/cases/workbench.xhtml?center=" + STREET, "dj.mediator", PASSWORD);
        mediatorBrowser.await(By.cssSelector("#bell-live[data-state='open']"), LIVE);
        mediatorBrowser.awaitText(BELL_COUNT, "0");
        mediatorBrowser.script("window.notReloaded = true;");

        // a leader names the mediator; the mediator's open workbench hears it in the bell
        leaderBrowser = login("/cases/case.xhtml?center=" + STREET + "&id=" + caseId, "dj.leader");
        leaderBrowser.await(By.id("case-number"));
        leaderBrowser.script("PF('assigneeMenu').selectValue('dj.mediator');");
        leaderBrowser.click(By.id("actions:assign"));
        leaderBrowser.await(By.cssSelector("#case-assignee[data-username='dj.mediator']"));
        leaderBrowser.close();
        leaderBrowser = null;

        mediatorBrowser.awaitText(BELL_COUNT, "1", LIVE);
        mediatorBrowser.click(By.id("bell:open"));
        mediatorBrowser.await(
                By.cssSelector("li.od-bell-item-unread[data-kind='ASSIGNED'][data-case='" + caseId + "']"));
        mediatorBrowser.click(By.cssSelector("li[data-case='" + caseId + "'] .od-bell-read"));
        mediatorBrowser.awaitText(BELL_COUNT, "0");

        // 分配给我: only the cases assigned to the mediator
        mediatorBrowser.click(By.cssSelector("#workbench\\:mine .ui-chkbox-box"));
        mediatorBrowser.awaitAjax();
        mediatorBrowser.awaitText(By.id("workbench:cases_data"), number);

        // yellow: one reminder, live; the row turns yellow
        pass(warnAt.plusSeconds(60));
        mediatorBrowser.awaitText(BELL_COUNT, "1", LIVE);
        mediatorBrowser.await(row(number, "DUE_SOON"), LIVE);
        assertThat(mediatorBrowser.script("return window.notReloaded === true;"))
                .as("the workbench was not reloaded")
                .isEqualTo(true);

        // red: another reminder; the row and the case page's badge are red
        pass(dueAt.plusSeconds(60));
        mediatorBrowser.awaitText(BELL_COUNT, "2", LIVE);
        mediatorBrowser.await(row(number, "OVERDUE"), LIVE);
        assertThat(mediatorBrowser.script("return window.notReloaded === true;"))
                .isEqualTo(true);
        mediatorBrowser.click(By.xpath("//tr[contains(@class,'od-row-OVERDUE')]//a[contains(@class,'od-case-link')"
                + " and normalize-space(text())='" + number + "']"));
        mediatorBrowser.await(By.cssSelector("#clock-badge[data-mark='OVERDUE'].od-clock-OVERDUE"));
        assertThat(mediatorBrowser.text(BADGE)).isEqualTo("超期（红牌）");
        String dueBefore = mediatorBrowser.text(DUE);
        assertThat(mediatorBrowser.text(By.id("clock-rule"))).contains("10 工作日", "公园街道");
        assertThat(mediatorBrowser.text(By.id("clock-extensions"))).contains("已延期 0 次", "最多 1 次");

        // the street's leader: on the supervision list, linked to the case; reminded in the bell
        leaderBrowser = login("/cases/supervision.xhtml?center=" + STREET, "dj.leader");
        leaderBrowser.awaitText(By.id("supervision:cases_data"), number);
        assertThat(leaderBrowser.isPresent(
                        By.xpath("//a[contains(@class,'od-case-link') and normalize-space(text())='" + number + "']")))
                .isTrue();
        leaderBrowser.awaitText(BELL_COUNT, "1");
        leaderBrowser.close();

        // the district's leader: the street's overdue case under "below", not under "own"
        leaderBrowser = login("/cases/supervision.xhtml?center=" + DISTRICT, "dj.district");
        leaderBrowser.awaitText(By.id("supervision:cases_data"), number);
        assertThat(leaderBrowser.text(By.id("supervision:cases_data"))).contains("公园街道");
        leaderBrowser.click(By.xpath("//label[normalize-space(text())='本中心']"));
        leaderBrowser.awaitAjax();
        leaderBrowser.awaitText(By.id("supervision:cases_data"), "没有超期未办结的案件");
        leaderBrowser.close();
        leaderBrowser = null;

        // careless: no consent ticked — a clear refusal, nothing changes
        mediatorBrowser.type(By.id("actions:extension-reason"), "等待伤情鉴定结果");
        mediatorBrowser.click(By.id("actions:extend"));
        mediatorBrowser.awaitText(By.id("actions:extension-consent-message"), "延期须经双方当事人同意");
        assertThat(mediatorBrowser.text(DUE)).isEqualTo(dueBefore);
        assertThat(mediatorBrowser.attribute(By.id("clock-extensions"), "data-used"))
                .isEqualTo("0");
        JsonObject unchanged = Desk.caseFile(mediator, STREET, caseId).getJsonObject("clock");
        assertThat(unchanged.getInt("extensions")).isZero();
        assertThat(unchanged.getString("dueAt"))
                .isEqualTo(opened.getJsonObject("clock").getString("dueAt"));

        // with the parties' consent the deadline moves by the extension
        mediatorBrowser.type(By.id("actions:extension-reason"), "双方同意延期，等待伤情鉴定结果");
        mediatorBrowser.click(By.cssSelector("#actions\\:extension-consent .ui-chkbox-box"));
        mediatorBrowser.click(By.id("actions:extend"));
        mediatorBrowser.await(By.cssSelector("#clock-extensions[data-used='1']"));
        assertThat(mediatorBrowser.text(DUE)).isNotEqualTo(dueBefore);
        assertThat(mediatorBrowser.attribute(BADGE, "data-mark")).isEqualTo("ON_TIME");
        JsonObject moved = Desk.caseFile(mediator, STREET, caseId).getJsonObject("clock");
        assertThat(Instant.parse(moved.getString("dueAt"))).isAfter(dueAt.plus(Duration.ofDays(6)));
    }

    private static Browser login(String start, String username) {
        return Browser.loggedIn(start, username, PASSWORD);
    }

    /** The workbench row of case {@code number} marked {@code mark}. */
    private static By row(String number, String mark) {
        return By.xpath("//tr[contains(@class,'od-row-" + mark + "')][.//a[normalize-space(text())='" + number
                + "']]//span[@data-mark='" + mark + "']");
    }

    /** A specialist divorce case handed over as the front desk's module does, registered now, nobody assigned. */
    private static JsonObject dispatch() {
        JsonObject opened = Desk.handedOver(STREET, roomId, "divorce", "婚姻家庭纠纷", "SPECIALIST", OffsetDateTime.now());
        assertThat(opened.getJsonObject("clock").getString("mark")).isEqualTo("ON_TIME");
        return opened;
    }

    private static void pass(Instant at) {
        ApiClient.Response answer =
                Desk.cases(Centers.operator()).post("deadlines/passes?area=" + DISTRICT + "&at=" + at, "");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }
}
