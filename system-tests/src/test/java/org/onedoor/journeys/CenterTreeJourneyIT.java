package org.onedoor.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Issue #22.4 in a real browser: the administration tree scales. The administrator of 鼓楼区 (who
 * also administers its street 鼓东街道) sees one tree rooted at the district, opens it a page of
 * streets at a time with their counts and status badges in words, finds a community by name and by
 * code with its place, and chooses it to see its details. The administrator of 温泉街道 alone sees
 * only that street, and search never returns the district or the streets beside it. Works in 福建
 * 鼓楼区 (350102) with 30 streets, the last one suspended.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class CenterTreeJourneyIT {

    private static final String DISTRICT = "350102";
    private static final String GUDONG = "350102001";
    private static final String WENQUAN = "350102003";
    private static final String QINGCHENG = "350102001001";
    private static final String XIHU = "350102002001";
    private static final String HUDONG = "350102003001";
    private static final String LAST_STREET = "350102030";
    private static final String PASSWORD = "Tree-journey-2026";
    private static final Duration PROVISIONING = Duration.ofSeconds(120);

    private static final List<String> STREET_NAMES =
            List.of("鼓东街道", "鼓西街道", "温泉街道", "东街街道", "南街街道", "安泰街道", "华大街道", "水部街道", "五凤街道", "洪山镇");

    private static final By SEARCH_TEXT = By.id("centers:search-text");
    private static final By SEARCH = By.id("centers:search");
    private static final By SEARCH_TOTAL = By.id("search-total");

    private Browser browser;

    @BeforeAll
    static void districtWithThirtyStreets() {
        Centers.open("350000", "福建省", null, null);
        Centers.open("350100", "福州市", "350000", null);
        Centers.open(DISTRICT, "鼓楼区", "350100", null);
        Map<String, String> streets = new LinkedHashMap<>();
        for (int i = 1; i <= 30; i++) {
            streets.put(
                    String.format("%s%03d", DISTRICT, i),
                    i <= STREET_NAMES.size() ? STREET_NAMES.get(i - 1) : String.format("试点%02d街道", i));
        }
        openAll(DISTRICT, streets);
        openAll(GUDONG, Map.of(QINGCHENG, "庆城社区", "350102001002", "卫前社区"));
        openAll("350102002", Map.of(XIHU, "西湖社区"));
        openAll(WENQUAN, Map.of(HUDONG, "湖东社区"));
        ApiClient.Response suspended =
                Centers.admin(Centers.operator()).post("tenants/" + LAST_STREET + "/suspend", "");
        assertThat(suspended.status()).as(suspended.toString()).isIn(200, 409);
        Centers.person("tree.district", PASSWORD, DISTRICT + ":tenant-admin", GUDONG + ":tenant-admin");
        Centers.person("tree.street", PASSWORD, WENQUAN + ":tenant-admin");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @DisplayName("#22.4 a district administrator sees one root, opens it a page at a time with counts and status"
            + " badges, finds a community by name and by code and sees its details")
    void districtAdministratorWorksTheTree() {
        browser = logIn("tree.district");

        assertThat(nodes()).as("one root, though 鼓东街道 is administered too").containsExactly(DISTRICT);
        assertThat(browser.text(node(DISTRICT))).contains("鼓楼区", "区县", "运行中", "下级 30 个");

        expand(DISTRICT);
        browser.await(node(GUDONG));
        assertThat(nodes()).hasSize(1 + 25).doesNotContain(LAST_STREET);
        assertThat(browser.text(node(GUDONG))).contains("鼓东街道", "运行中", "下级 2 个");
        assertThat(browser.text(node("350102004")))
                .as("a street without communities")
                .doesNotContain("下级");
        assertThat(browser.text(By.id("more-" + DISTRICT))).isEqualTo("显示更多（还有 5 个）");

        browser.click(By.id("more-" + DISTRICT));
        browser.await(node(LAST_STREET));
        browser.awaitAjax();
        assertThat(nodes()).hasSize(1 + 30);
        assertThat(browser.isPresent(By.id("more-" + DISTRICT))).isFalse();
        assertThat(browser.text(By.cssSelector("#node-" + LAST_STREET + " .od-badge")))
                .isEqualTo("已暂停");

        search("庆城");
        browser.awaitText(SEARCH_TOTAL, "找到 1 个中心");
        By qingcheng = found(QINGCHENG);
        assertThat(browser.text(qingcheng)).contains("庆城社区", "运行中", "鼓楼区 › 鼓东街道");
        browser.click(qingcheng);
        browser.awaitText(By.id("selected-code"), QINGCHENG);
        browser.awaitAjax();
        assertThat(browser.text(By.id("selected-name"))).isEqualTo("庆城社区");
        assertThat(browser.text(By.id("selected-status"))).isEqualTo("运行中");
        assertThat(browser.isPresent(node(QINGCHENG)))
                .as("the tree is opened down to the chosen community")
                .isTrue();

        search(XIHU);
        browser.awaitText(SEARCH_TOTAL, "找到 1 个中心");
        assertThat(browser.text(found(XIHU))).contains("西湖社区", "鼓楼区 › 鼓西街道");
        browser.click(found(XIHU));
        browser.awaitText(By.id("selected-code"), XIHU);
        assertThat(browser.text(By.id("selected-name"))).isEqualTo("西湖社区");
        assertThat(browser.text(By.id("selected-level"))).isEqualTo("社区/村");
    }

    @Test
    @DisplayName("#22.4 a street administrator sees only its street; search never returns the district or a sibling")
    void streetAdministratorSeesItsStreetOnly() {
        browser = logIn("tree.street");

        assertThat(nodes()).containsExactly(WENQUAN);
        assertThat(browser.text(node(WENQUAN))).contains("温泉街道", "下级 1 个");

        search("街道");
        browser.awaitText(SEARCH_TOTAL, "找到 1 个中心");
        assertThat(foundCodes()).containsExactly(WENQUAN);

        search(DISTRICT);
        browser.awaitText(SEARCH_TOTAL, "找到 2 个中心");
        assertThat(foundCodes()).containsExactly(WENQUAN, HUDONG);
        assertThat(browser.text(found(HUDONG))).contains("湖东社区", "温泉街道").doesNotContain("鼓楼区");

        search("庆城");
        browser.awaitText(SEARCH_TOTAL, "没有找到");
        assertThat(foundCodes()).isEmpty();
    }

    private static Browser logIn(String username) {
        Browser browser = Browser.loggedIn("/admin/centers.xhtml", username, PASSWORD);
        browser.await(By.id("centers:tree"));
        return browser;
    }

    private void search(String text) {
        browser.type(SEARCH_TEXT, text);
        browser.click(SEARCH);
        browser.awaitAjax();
    }

    /** Opens a line of the tree; its first page of children is read then. */
    private void expand(String code) {
        browser.click(By.xpath(
                "//span[@id='node-" + code + "']/ancestor::li[1]/div/span[contains(@class,'ui-tree-toggler')]"));
        browser.awaitAjax();
    }

    /** The codes of the centers the tree shows now, in order. */
    @SuppressWarnings("unchecked")
    private List<String> nodes() {
        return (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('#centers\\\\:tree .od-node')).map(n => n.dataset.code);");
    }

    @SuppressWarnings("unchecked")
    private List<String> foundCodes() {
        return (List<String>)
                browser.script("return Array.from(document.querySelectorAll('.od-found')).map(n => n.dataset.code);");
    }

    private static By node(String code) {
        return By.id("node-" + code);
    }

    private static By found(String code) {
        return By.cssSelector(".od-found[data-code='" + code + "']");
    }

    /** Opens the centers beneath {@code parent} at once (unless there), then waits until each is provisioned. */
    private static void openAll(String parent, Map<String, String> centers) {
        centers.forEach((code, name) -> {
            ApiClient.Response created = Centers.create(Centers.operator(), code, name, parent, null);
            assertThat(created.status()).as(created.toString()).isIn(201, 409);
        });
        Instant deadline = Instant.now().plus(PROVISIONING);
        for (String code : centers.keySet()) {
            while (!isProvisioned(code)) {
                assertThat(Instant.now())
                        .as("center %s provisioned in time", code)
                        .isBefore(deadline);
                Centers.sleep(Duration.ofMillis(300));
            }
        }
    }

    /** Active, or suspended by an earlier run of this test. */
    private static boolean isProvisioned(String code) {
        ApiClient.Response answer = Centers.admin(Centers.operator()).get("tenants/" + code);
        return answer.status() == 200
                && List.of("ACTIVE", "SUSPENDED").contains(answer.json().getString("status"));
    }
}
