package org.onedoor.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
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
 * Issue #15.7 in a real browser: the administrator of a street overrides, on the configuration
 * page's time-limit tab, the limit its district set for one category; the tab shows where every rule
 * comes from and what the override hides; a case opened there afterwards gets the new deadline, one
 * opened before keeps its own; a negative limit is explained at its field and saves nothing. The
 * district declares and removes a local holiday on the calendar tab. Works in 陕西 雁塔区 610113 and
 * its street 小寨路街道 610113001, which no other test uses.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class TimeLimitJourneyIT {

    private static final String DISTRICT = "610113";
    private static final String STREET = "610113001";
    private static final String PASSWORD = "Journey-2026-limits";
    private static final String DIVORCE = "CONCLUDE/divorce/*/*";
    private static final String NEIGHBOUR = "CONCLUDE/neighbour/*/*";
    private static final String EVERY_CATEGORY = "CONCLUDE/*/*/*";
    private static final String FORM = "configuration:tabs:";

    private static final String LOCAL_HOLIDAY = "2027-03-10";

    private static String district;
    private static String admin;
    private static String desk;
    private static String mediator;

    private Browser browser;

    @BeforeAll
    static void centers() {
        Centers.open("610000", "陕西省", null, null);
        Centers.open("610100", "西安市", "610000", null);
        Centers.open(DISTRICT, "雁塔区", "610100", null);
        Centers.open(STREET, "小寨路街道", DISTRICT, null);
        district = Centers.person("tl.district", PASSWORD, DISTRICT + ":tenant-admin");
        admin = Centers.person("tl.admin", PASSWORD, STREET + ":tenant-admin");
        desk = Centers.person("tl.desk", PASSWORD, STREET + ":receptionist");
        mediator = Centers.person("tl.mediator", PASSWORD, STREET + ":mediator");
        Desk.room(admin, STREET, "家事调解室", "MARRIAGE_FAMILY", "divorce", "tl.mediator");
        for (String key : List.of(DIVORCE, NEIGHBOUR)) {
            ApiClient.Response districtRule = Centers.admin(district)
                    .put(
                            "t/" + DISTRICT + "/time-limits/" + path(key),
                            "{\"amount\":20,\"unit\":\"WORKING_DAYS\",\"maxExtensions\":0,\"extensionAmount\":0}");
            assertThat(districtRule.status()).as(districtRule.toString()).isEqualTo(200);
        }
        // a run before on the same stack may have left the street's override: start from the default
        assertThat(Centers.admin(admin)
                        .delete("t/" + STREET + "/time-limits/" + path(DIVORCE))
                        .status())
                .isIn(204, 404);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @DisplayName("#15.7 an administrator changes a street's limit for one category in the browser: a new case there"
            + " gets the new deadline, an old one keeps its own; a negative limit is refused and saves nothing")
    void streetChangesOneCategorysLimit() {
        String oldCase = openCase();
        JsonObject oldClock = clock(oldCase);
        assertThat(oldClock.getJsonObject("limit").getInt("amount")).isEqualTo(20);
        assertThat(oldClock.getJsonObject("limit").getString("setIn")).isEqualTo(DISTRICT);

        browser = Browser.loggedIn("/admin/configuration.xhtml?center=" + STREET, "tl.admin", PASSWORD);
        browser.await(By.id("configuration-title"));
        browser.click(By.linkText("时限"));
        browser.await(origin(NEIGHBOUR));
        assertThat(browser.accessibilityViolations()).as("the time-limit tab").isEmpty();
        assertThat(browser.text(origin(NEIGHBOUR)))
                .as("the district's rule, inherited")
                .contains("继承自", "雁塔区");
        assertThat(browser.attribute(origin(NEIGHBOUR), "data-origin")).isEqualTo("inherited");
        assertThat(browser.text(origin(DIVORCE))).contains("继承自", "雁塔区");
        assertThat(browser.text(limit(DIVORCE))).isEqualTo("20 工作日");
        assertThat(browser.text(origin(EVERY_CATEGORY))).isEqualTo("默认");
        assertThat(browser.text(limit(EVERY_CATEGORY))).isEqualTo("30 自然日");

        browser.script("PF('limitMilestone').selectValue('CONCLUDE');"
                + " PF('limitCategory').selectValue('divorce');"
                + " PF('limitGrade').selectValue('*');"
                + " PF('limitUnit').selectValue('WORKING_DAYS');");
        browser.type(By.id(FORM + "limit-amount"), "7");
        browser.type(By.id(FORM + "limit-max-extensions"), "1");
        browser.type(By.id(FORM + "limit-extension-amount"), "5");
        browser.click(By.id(FORM + "save-limit"));

        browser.awaitText(origin(DIVORCE), "本中心");
        browser.awaitAjax();
        assertThat(browser.attribute(origin(DIVORCE), "data-origin")).isEqualTo("own");
        assertThat(browser.text(limit(DIVORCE))).isEqualTo("7 工作日");
        assertThat(browser.text(By.xpath(row(DIVORCE))))
                .contains("最多 1 次，每次 5 工作日")
                .contains("覆盖了继承自 雁塔区的 20 工作日");
        assertThat(browser.text(origin(NEIGHBOUR)))
                .as("another rule, still inherited")
                .contains("继承自", "雁塔区");
        assertThat(browser.text(origin(EVERY_CATEGORY))).isEqualTo("默认");
        assertThat(browser.text(By.id("configuration:feedback"))).contains("已保存");

        List<JsonObject> saved = effective();
        browser.type(By.id(FORM + "limit-amount"), "-3");
        browser.click(By.id(FORM + "save-limit"));
        browser.awaitText(By.id(FORM + "limit-amount-message"), "时限不能为负数");
        browser.awaitAjax();
        assertThat(effective()).as("nothing saved").isEqualTo(saved);
        assertThat(browser.text(limit(DIVORCE))).isEqualTo("7 工作日");

        String newCase = openCase();
        JsonObject newClock = clock(newCase);
        JsonObject newLimit = newClock.getJsonObject("limit");
        assertThat(newLimit.getInt("amount")).isEqualTo(7);
        assertThat(newLimit.getString("unit")).isEqualTo("WORKING_DAYS");
        assertThat(newLimit.getInt("maxExtensions")).isEqualTo(1);
        assertThat(newLimit.getString("setIn")).isEqualTo(STREET);
        JsonObject expected = resolve(newLimit.getString("countedFrom"));
        assertThat(OffsetDateTime.parse(newClock.getString("dueAt")).toInstant())
                .as("7 working days on the street's calendar")
                .isEqualTo(
                        OffsetDateTime.parse(expected.getJsonObject("deadline").getString("endsAt"))
                                .toInstant());
        assertThat(expected.getJsonObject("rule").getString("origin")).isEqualTo("own");

        JsonObject oldAgain = clock(oldCase);
        assertThat(oldAgain.getJsonObject("limit").getInt("amount"))
                .as("the case opened before keeps its limit")
                .isEqualTo(20);
        assertThat(oldAgain.getJsonObject("limit").getString("setIn")).isEqualTo(DISTRICT);
        assertThat(oldAgain.getString("dueAt")).isEqualTo(oldClock.getString("dueAt"));

        browser.click(By.xpath(row(DIVORCE) + "//button"));
        browser.awaitText(origin(DIVORCE), "继承自");
        assertThat(browser.text(limit(DIVORCE))).isEqualTo("20 工作日");
        assertThat(clock(newCase).getJsonObject("limit").getInt("amount"))
                .as("removing the override changes no open case")
                .isEqualTo(7);
    }

    @Test
    @DisplayName("#15.7 a district declares a local holiday on the calendar tab and removes it; a worked weekday is"
            + " refused at its field; the national years loaded are listed")
    void districtDeclaresALocalHoliday() {
        assertThat(Centers.admin(district)
                        .delete("t/" + DISTRICT + "/calendar/local-days/" + LOCAL_HOLIDAY)
                        .status())
                .isIn(204, 404);
        browser = Browser.loggedIn("/admin/configuration.xhtml?center=" + DISTRICT, "tl.district", PASSWORD);
        browser.await(By.id("configuration-title"));
        browser.click(By.linkText("工作日历"));
        browser.awaitText(By.id(FORM + "national-years"), "2026");
        assertThat(browser.accessibilityViolations()).as("the calendar tab").isEmpty();

        browser.script("document.getElementById('" + FORM + "day-date').value = '" + LOCAL_HOLIDAY + "';"
                + " PF('dayKind').selectValue('WORKING');");
        browser.type(By.id(FORM + "day-name"), "古城纪念日");
        browser.click(By.id(FORM + "declare-day"));
        browser.awaitText(By.id(FORM + "day-kind-message"), "不是周六或周日");
        assertThat(localDays()).as("nothing saved").doesNotContain(LOCAL_HOLIDAY);

        browser.script("PF('dayKind').selectValue('HOLIDAY');");
        browser.click(By.id(FORM + "declare-day"));
        browser.awaitText(By.id(FORM + "local-days"), LOCAL_HOLIDAY);
        assertThat(browser.text(By.id(FORM + "local-days"))).contains("放假", "古城纪念日");
        assertThat(localDays()).contains(LOCAL_HOLIDAY);

        browser.click(By.xpath("//*[@id='" + FORM + "local-days']//tr[contains(., '" + LOCAL_HOLIDAY + "')]//button"));
        browser.awaitAjax();
        browser.await(By.cssSelector("[id='" + FORM + "local-days'] .ui-datatable-empty-message"));
        assertThat(localDays()).doesNotContain(LOCAL_HOLIDAY);
    }

    private static String localDays() {
        ApiClient.Response answer = Centers.admin(district).get("t/" + DISTRICT + "/calendar/local-days");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    /** A divorce matter registered and dispatched at the street's desk: its case's id. */
    private static String openCase() {
        JsonObject matter = Desk.register(desk, STREET, Desk.divorce().build());
        return Desk.dispatch(desk, STREET, matter.getString("id")).getString("caseId");
    }

    private static JsonObject clock(String caseId) {
        return Desk.caseFile(mediator, STREET, caseId).getJsonObject("clock");
    }

    /** The rule and deadline the time-limit API answers for a specialist divorce opened at {@code from}. */
    private static JsonObject resolve(String from) {
        ApiClient.Response answer = Centers.admin(mediator)
                .get("t/" + STREET + "/time-limits/resolve?milestone=CONCLUDE&category=divorce&grade=SPECIALIST&from="
                        + URLEncoder.encode(from, StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static List<JsonObject> effective() {
        ApiClient.Response answer = Centers.admin(admin).get("t/" + STREET + "/time-limits");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.jsonStructure().asJsonArray().getValuesAs(JsonObject.class);
    }

    /** A rule's key as the API's path names it: every channel is the path without one. */
    private static String path(String key) {
        return key.substring(0, key.lastIndexOf('/'));
    }

    private static By origin(String key) {
        return By.cssSelector(".od-rule-origin[data-key='" + key + "']");
    }

    private static By limit(String key) {
        return By.cssSelector(".od-rule-limit[data-key='" + key + "']");
    }

    /** The table row of the rule for {@code key}. */
    private static String row(String key) {
        return "//span[contains(@class,'od-rule-origin') and @data-key='" + key + "']/ancestor::tr[1]";
    }
}
