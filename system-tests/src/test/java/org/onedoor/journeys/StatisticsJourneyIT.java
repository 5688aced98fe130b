package org.onedoor.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.rollups.Casework;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;
import org.openqa.selenium.By;

/**
 * Issue #5 in a real browser: a city official opens the statistics, reads the headline figures,
 * drills down city → district → street through the tables and back up through the breadcrumb,
 * changes the period and downloads the export of exactly the view on screen. Nowhere a party's name.
 *
 * <p>Tree: 浙江省 330000 → 杭州市 330100 → 上城区 330102 (→ 清波街道 330102001) and 拱墅区 330105.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class StatisticsJourneyIT {

    static final String CITY = "330100";
    static final String DISTRICT = "330102";
    static final String STREET = "330102001";
    private static final String PASSWORD = "Statistics-2026-browser";

    private Browser official;

    @BeforeAll
    static void scenario() {
        Centers.open("330000", "浙江省", null, null);
        Centers.open(CITY, "杭州市", "330000", null);
        Centers.open(DISTRICT, "上城区", CITY, null);
        Centers.open("330105", "拱墅区", CITY, null);
        Centers.open(STREET, "清波街道", DISTRICT, null);
        String worker = Centers.person(
                "v.worker", PASSWORD, STREET + ":tenant-admin", STREET + ":receptionist", STREET + ":mediator");
        Centers.person("v.official", PASSWORD, CITY + ":official");
        String room = Casework.room(worker, STREET, "v.worker");
        Casework work = new Casework(worker);
        for (int i = 0; i < 4; i++) {
            String caseId = work.open(STREET, "neighbour", "WALK_IN", "SPECIALIST", room);
            work.accept(STREET, caseId);
            if (i < 3) {
                work.resolve(STREET, caseId);
            } else {
                work.refer(STREET, caseId);
            }
        }
    }

    @AfterEach
    void closeBrowser() {
        if (official != null) {
            official.close();
        }
    }

    @Test
    @DisplayName(
            "#5 an official reads the city's figures, drills down to a street and back, changes the period, exports")
    void drillDownAndExport() throws IOException, InterruptedException {
        LocalDate today = LocalDate.now(Casework.CHINA);
        String period = "period=CUSTOM&from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        official = new Browser();
        official.open(RunningPlatform.baseUrl() + "/cases/rollups.xhtml?" + period);
        official.type(By.id("username"), "v.official");
        official.type(By.id("password"), PASSWORD);
        official.click(By.id("kc-login"));

        assertThat(official.text(By.id("rollups-title"))).contains("统计分析", "杭州市");
        assertThat(official.attribute(By.id("categories-withheld"), "data-reason"))
                .as("#13: categories only for whole months that are over")
                .isEqualTo("NOT_WHOLE_MONTHS_OVER");
        assertThat(official.text(By.id("categories-withheld"))).contains("整月");
        assertThat(official.attribute(By.id("kpi-received"), "data-value")).isEqualTo("4");
        assertThat(official.attribute(By.id("kpi-resolution-rate"), "data-value"))
                .isEqualTo("75.00");
        assertThat(official.text(By.cssSelector("#children tr[data-key='330105'] td[data-figure='received']")))
                .isEqualTo("0");
        assertThat(official.text(By.cssSelector("#ranking tbody tr:first-child")))
                .contains("上城区");

        official.click(By.cssSelector("#children tr[data-key='" + DISTRICT + "'] a"));
        official.awaitText(By.id("rollups-title"), "上城区");
        assertThat(official.url()).contains("area=" + DISTRICT).contains("period=CUSTOM");
        assertThat(official.text(By.id("breadcrumb"))).contains("杭州市", "上城区");
        official.click(By.cssSelector("#children tr[data-key='" + STREET + "'] a"));
        official.awaitText(By.id("rollups-title"), "清波街道");
        assertThat(official.attribute(By.id("kpi-received"), "data-value")).isEqualTo("4");
        assertThat(official.isPresent(By.id("children")))
                .as("a street without communities")
                .isFalse();
        assertThat(official.attribute(By.id("categories-withheld"), "data-reason"))
                .as("#13: a street never shows what its matters are about")
                .isEqualTo("SMALL_AREA");
        assertThat(official.isPresent(By.id("categories"))).isFalse();
        assertThat(official.text(By.cssSelector("#channels tr[data-key='WALK_IN'] td[data-figure='resolved']")))
                .as("channels say nothing about what: exact")
                .isEqualTo("3");
        assertThat(official.text(By.tagName("body"))).doesNotContain(Casework.APPLICANT, Casework.RESPONDENT);

        official.click(By.cssSelector("#breadcrumb a[data-code='" + CITY + "']"));
        official.awaitText(By.id("rollups-title"), "杭州市");
        official.script("document.getElementById('period').value = 'YEAR';");
        official.click(By.id("show"));
        official.awaitText(By.cssSelector("#breadcrumb .od-hint"), today.getYear() + "年1月1日");
        assertThat(official.attribute(By.cssSelector("#breadcrumb .od-hint"), "data-from"))
                .isEqualTo(today.getYear() + "-01-01");
        assertThat(official.url()).contains("period=YEAR");
        assertThat(official.attribute(By.id("kpi-received"), "data-value")).isEqualTo("4");

        String export = official.attribute(By.id("export"), "href");
        assertThat(export).contains("/rollups/" + CITY + "/export.xlsx", "period=YEAR");
        HttpResponse<byte[]> workbook = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(export))
                                .header("Cookie", official.cookieHeader())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(List.of(workbook.headers().firstValue("Content-Disposition").orElse("")))
                .singleElement()
                .asString()
                .contains("rollups-" + CITY);
        assertThat(workbook.body()).startsWith(new byte[] {'P', 'K'});
    }
}
