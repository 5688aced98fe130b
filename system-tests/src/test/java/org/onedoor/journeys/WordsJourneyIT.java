package org.onedoor.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
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
 * Issue #22.1 and #22.3 as a person reads the pages: the case file's timeline in Chinese words, times
 * in China Standard Time to the minute, people by name, centers by name; session participants chosen
 * and shown masked; and on every main page, in Chinese and in English, no enum constant and no ISO
 * timestamp. Works in 福建省 350000 → 泉州市 → 鲤城区 → 开元街道 350502001.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class WordsJourneyIT {

    static final String DISTRICT = "350502";
    static final String STREET = "350502001";
    private static final String PASSWORD = "Words-2026-read";
    private static final String APPLICANT = "黄丽娟";
    private static final String RESPONDENT = "陈大勇";

    /** What must never be read on a page: an enum constant or an ISO timestamp (issue #22). */
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b");

    private static final Pattern KNOWN_CONSTANT = Pattern.compile("\\b(REGISTERED|DISPATCHED|ACCEPTED|SESSION|REGRADED"
            + "|RESOLVED|FOLLOWED|CLOSED|ESCALATED|PHONE|PETITION|ONLINE|REFERRAL|ORDINARY|SPECIALIST|SPECIAL|COMMUNITY"
            + "|LOW|MEDIUM|HIGH|APPLICANT|RESPONDENT|OTHER|LITIGATION|ARBITRATION|SATISFIED|NEUTRAL|DISSATISFIED"
            + "|GENERAL|PROPERTY|MEDICAL|LABOUR|ACTIVE|SUSPENDED|DAY|WEEK|MONTH|QUARTER|YEAR|CUSTOM|NAME|ADDRESS)\\b");
    private static final Pattern ISO_TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");
    private static final Pattern MINUTE = Pattern.compile("(今天|today|\\d{4}-\\d{2}-\\d{2}) \\d{2}:\\d{2}");

    private Browser browser;

    @BeforeAll
    static void center() {
        Centers.open("350000", "福建省", null, null);
        Centers.open("350500", "泉州市", "350000", null);
        Centers.open(DISTRICT, "鲤城区", "350500", null);
        Centers.open(STREET, "开元街道", DISTRICT, null);
        person("words.desk", "符", "海燕", "receptionist");
        person("words.mediator", "林", "晓峰", "mediator");
        person("words.chief", "吴", "国平", "tenant-admin", "receptionist", "mediator");
        String chief = token("words.chief");
        ApiClient.Response room = Centers.admin(chief)
                .post(
                        "t/" + STREET + "/rooms",
                        "{\"name\":\"婚姻家庭纠纷调解室\",\"type\":\"MARRIAGE_FAMILY\","
                                + "\"mediators\":[\"words.mediator\",\"words.chief\"]}");
        assertThat(room.status()).as(room.toString()).isEqualTo(201);
        assertThat(Centers.admin(chief)
                        .put(
                                "t/" + STREET + "/routing/marriage-family",
                                "{\"roomId\":\"" + room.json().getString("id") + "\"}")
                        .status())
                .isEqualTo(200);
    }

    private static void person(String username, String familyName, String givenName, String... roles) {
        PlatformStack.stack().createPerson(username, familyName, givenName, PASSWORD);
        for (String role : roles) {
            Centers.grant(STREET, username, role);
        }
    }

    private static String token(String username) {
        return PlatformStack.stack().token(username, PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @DisplayName(
            "#22.1 #22.3 the case file's timeline reads in words: labels, CST minutes, names, centers; participants masked")
    void timelineInWords() {
        String caseId = dispatchedCase();
        browser = Browser.loggedIn("/cases/case.xhtml?id=" + caseId, "words.mediator", PASSWORD);
        browser.click(By.id("actions:accept"));
        browser.awaitText(By.id("case-state"), "调解中");
        assertThat(browser.attribute(By.id("case-state"), "data-state")).isEqualTo("ACCEPTED");
        assertThat(browser.text(By.id("case-description")))
                .as("a party named in the description is masked")
                .contains("黄**")
                .doesNotContain(APPLICANT);

        browser.script("PF('sessionParties').checkAll(); PF('sessionStaff').checkAll();");
        browser.type(By.id("actions:session-others"), "社区民警");
        browser.type(By.id("actions:session-notes"), APPLICANT + "表示愿意调解。");
        browser.click(By.id("actions:record-session"));
        browser.awaitText(By.id("actions:sessions"), "社区民警");
        assertThat(browser.text(By.id("actions:sessions")))
                .contains("黄**", "陈**", "林晓峰", "符海燕", "黄**表示愿意调解")
                .doesNotContain(APPLICANT, RESPONDENT);

        String timeline = browser.text(By.id("actions:timeline"));
        assertThat(timeline)
                .contains("登记挂号", "派单", "受理", "调解", "林晓峰", "符海燕", "吴国平", "开元街道", "黄**")
                .doesNotContain("words.mediator", "words.desk", "words.chief", STREET, APPLICANT, RESPONDENT);
        assertReadable(timeline, "timeline");
        List<String> times = texts(".od-step-at");
        assertThat(times).hasSize(4).allSatisfy(time -> assertThat(time).matches(MINUTE));
        assertThat(times.get(times.size() - 1))
                .as("the session just recorded, in China Standard Time, to the minute")
                .isIn(justNow("今天 "));
        assertThat(titles(".od-step-actor")).as("no usernames for a mediator").allMatch(String::isEmpty);
        assertThat(titles(".od-step-center")).containsOnly(STREET);

        browser.click(By.id("language:en"));
        browser.awaitText(By.id("actions:timeline"), "Accepted");
        String english = browser.text(By.id("actions:timeline"));
        assertThat(english).contains("Registered", "Dispatched", "Mediation session", "林晓峰", "开元街道");
        assertReadable(english, "timeline (en)");
        assertThat(texts(".od-step-at").get(3)).isIn(justNow("today "));

        browser.click(By.id("language:zh"));
        browser.awaitText(By.id("actions:timeline"), "受理");
        browser.script(
                "PrimeFaces.widgets && Object.values(PrimeFaces.widgets)"
                        + ".filter(w => w.jq && w.jq.hasClass('ui-fieldset-toggleable')).forEach(w => w.expand && w.expand());");
        browser.type(By.id("actions:escalate-reason"), "涉及多户，提请区级会诊");
        browser.click(By.id("actions:escalate"));
        browser.awaitText(By.id("case-state"), "已提级");
        assertThat(browser.text(By.id("escalated-to"))).isEqualTo("鲤城区");
        assertThat(browser.attribute(By.id("escalated-to"), "title")).isEqualTo(DISTRICT);
        assertThat(browser.text(By.id("current-state"))).isEqualTo("待受理");
        assertThat(browser.attribute(By.id("current-state"), "data-state")).isEqualTo("DISPATCHED");
        assertThat(browser.text(By.id("actions:timeline"))).contains("提级上报", "至鲤城区：涉及多户");
    }

    @Test
    @DisplayName("#22.1 an administrator sees who a name is: the username on hover")
    void administratorSeesUsernames() {
        String caseId = dispatchedCase();
        assertThat(act(caseId, "accept", "{}").status()).isEqualTo(200);
        browser = Browser.loggedIn("/cases/case.xhtml?id=" + caseId, "words.chief", PASSWORD);
        browser.awaitText(By.id("actions:timeline"), "林晓峰");
        assertThat(browser.attribute(
                        By.xpath("//*[contains(@class,'od-step-actor') and normalize-space(text())='林晓峰']"), "title"))
                .isEqualTo("words.mediator");
        assertThat(browser.attribute(
                        By.xpath("//*[contains(@class,'od-step-actor') and normalize-space(text())='符海燕']"), "title"))
                .isEqualTo("words.desk");
    }

    @Test
    @DisplayName("#22 no raw enum constant and no ISO timestamp on any main page, in Chinese or English")
    void mainPagesInWords() {
        String caseId = dispatchedCase();
        assertThat(act(caseId, "accept", "{}").status()).isEqualTo(200);
        assertThat(act(caseId, "grade", "{\"grade\":\"SPECIALIST\",\"reason\":\"涉及多户\"}", true)
                        .status())
                .isEqualTo(200);
        assertThat(act(
                                caseId,
                                "sessions",
                                "{\"heldAt\":\"2026-11-20T10:00:00+08:00\",\"participants\":\"" + APPLICANT
                                        + "、调解员\",\"notes\":\"双方陈述事实。\"}")
                        .status())
                .as("the free text of before is still taken")
                .isEqualTo(200);
        assertThat(act(
                                caseId,
                                "refer",
                                "{\"to\":\"COMPETENT_DEPARTMENT\",\"department\":\"区住建局\",\"reason\":\"不属调解范围\"}")
                        .status())
                .isEqualTo(200);
        assertThat(act(caseId, "follow-up", "{\"satisfaction\":\"VERY_SATISFIED\",\"notes\":\"已转交\"}")
                        .status())
                .isEqualTo(200);

        browser = Browser.loggedIn("/cases/case.xhtml?id=" + caseId, "words.chief", PASSWORD);
        browser.awaitText(By.id("case-state"), "已回访");
        assertThat(browser.text(By.id("actions:timeline"))).contains("普通门诊 → 专科门诊：涉及多户", "主管部门 区住建局：不属调解范围", "非常满意");
        assertThat(browser.text(By.id("actions:sessions")))
                .as("a party typed in by name (the API's free text) is shown masked")
                .contains("黄**、调解员", "2026-11-20 10:00")
                .doesNotContain(APPLICANT);
        List<String> pages = List.of(
                "/cases/case.xhtml?id=" + caseId,
                "/cases/workbench.xhtml",
                "/reception/desk.xhtml",
                "/cases/rollups.xhtml",
                "/admin/configuration.xhtml");
        for (String language : List.of("zh", "en")) {
            browser.open(RunningPlatform.baseUrl() + pages.get(0));
            browser.click(By.id("language:" + language));
            for (String page : pages) {
                browser.open(RunningPlatform.baseUrl() + page);
                browser.awaitAjax();
                String text = browser.text(By.tagName("main"));
                assertThat(text).as(page + " (" + language + ") has content").isNotBlank();
                assertReadable(text, page + " (" + language + ")");
                assertThat(text).as(page).doesNotContain(APPLICANT, RESPONDENT);
            }
        }
    }

    /** A matter registered and dispatched by the desk (符海燕): its case's id. */
    private static String dispatchedCase() {
        String desk = token("words.desk");
        JsonObject matter = Json.createObjectBuilder()
                .add("categoryCode", "divorce")
                .add("channel", "HOTLINE_12345")
                .add("riskLevel", "MEDIUM")
                .add("grade", "ORDINARY")
                .add("description", APPLICANT + "与" + RESPONDENT + "因子女抚养发生争执。")
                .add(
                        "parties",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("role", "APPLICANT")
                                        .add("name", APPLICANT))
                                .add(Json.createObjectBuilder()
                                        .add("role", "RESPONDENT")
                                        .add("name", RESPONDENT)))
                .build();
        ApiClient.Response registered =
                Centers.api("reception", desk).post("t/" + STREET + "/matters", matter.toString());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        // another clerk dispatches: the timeline names the one who registered, by the name the desk kept
        ApiClient.Response dispatched = Centers.api("reception", token("words.chief"))
                .post("t/" + STREET + "/matters/" + registered.json().getString("id") + "/dispatch", "{}");
        assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);
        return dispatched.json().getString("caseId");
    }

    private static ApiClient.Response act(String caseId, String step, String body) {
        return act(caseId, step, body, false);
    }

    private static ApiClient.Response act(String caseId, String step, String body, boolean put) {
        ApiClient cases = Centers.api("cases", token("words.mediator"));
        String path = "t/" + STREET + "/cases/" + caseId + "/" + step;
        return put ? cases.put(path, body) : cases.post(path, body);
    }

    private static void assertReadable(String text, String where) {
        assertThat(CONSTANT.matcher(text).results().map(found -> found.group()).toList())
                .as(where + ": enum constants")
                .isEmpty();
        assertThat(KNOWN_CONSTANT
                        .matcher(text)
                        .results()
                        .map(found -> found.group())
                        .toList())
                .as(where + ": enum constants")
                .isEmpty();
        assertThat(ISO_TIMESTAMP.matcher(text).find())
                .as(where + ": ISO timestamps")
                .isFalse();
    }

    /** "今天 22:50" for now and the few minutes before, in China Standard Time. */
    private static List<String> justNow(String today) {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm");
        DateTimeFormatter full = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        return IntStream.rangeClosed(0, 3)
                .mapToObj(now::minusMinutes)
                .flatMap(at -> java.util.stream.Stream.of(today + clock.format(at), full.format(at)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) browser.script(
                "return Array.from(document.querySelectorAll(\"" + css + "\")).map(e => e.textContent.trim());");
    }

    @SuppressWarnings("unchecked")
    private List<String> titles(String css) {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll(\"" + css
                + "\")).map(e => e.getAttribute('title') || '');");
    }
}
