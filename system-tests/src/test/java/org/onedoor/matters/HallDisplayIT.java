package org.onedoor.matters;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.Browser;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;
import org.openqa.selenium.By;

/**
 * Issue #22.5: the hall's television opens the center's hall display with a display link, without
 * any login. A center administrator makes the link (API and page), the display shows a ticket the
 * desk dispatches within 2 s, announces it, names nobody; a revoked link stops working, on a fresh
 * load (404) and on a display already open. Only the center's administrators manage its links: a
 * receptionist is refused (403), another center's administrator does not find them (404).
 *
 * <p>Tree: 汉阳区 420105 with streets 琴断口街道 420105007 (the hall) and 四新街道 420105008 (the stranger's).
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class HallDisplayIT {

    static final String STREET = "420105007";
    static final String OTHER = "420105008";
    static final String STREET_NAME = "琴断口街道";
    static final String ROOM = "婚姻家庭纠纷调解室";
    private static final String PASSWORD = "Hall-display-2026";

    static String admin;
    static String desk;
    static String stranger;

    private final List<Browser> browsers = new ArrayList<>();

    @BeforeAll
    static void center() {
        Centers.open("420000", "湖北省", null, null);
        Centers.open("420100", "武汉市", "420000", null);
        Centers.open("420105", "汉阳区", "420100", null);
        Centers.open(STREET, STREET_NAME, "420105", null);
        Centers.open(OTHER, "四新街道", "420105", null);
        admin = Centers.person("hd.admin", PASSWORD, STREET + ":tenant-admin");
        desk = Centers.person("hd.desk", PASSWORD, STREET + ":receptionist");
        Centers.person("hd.mediator", PASSWORD, STREET + ":mediator");
        stranger = Centers.person("hd.stranger", PASSWORD, OTHER + ":tenant-admin", OTHER + ":receptionist");
        Desk.room(admin, STREET, ROOM, "MARRIAGE_FAMILY", "marriage-family", "hd.mediator");
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    private Browser freshBrowser() {
        Browser browser = new Browser();
        browsers.add(browser);
        return browser;
    }

    private static ApiClient displays(String token) {
        return Desk.reception(token);
    }

    /** A display link made through the API; its address, within the site, carries the token. */
    private static JsonObject createLink(String label) {
        ApiClient.Response created = displays(admin).post("t/" + STREET + "/displays", "{\"label\":\"" + label + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location"))
                .contains("/t/" + STREET + "/displays/" + created.json().getString("id"));
        return created.json();
    }

    private static ApiClient.Response fetch(String path) {
        return ApiClient.of(URI.create(RunningPlatform.baseUrl() + "/")).get(path);
    }

    /** A matter registered and dispatched at the desk: its ticket. */
    private static String dispatchedTicket() {
        JsonObject matter = Desk.register(desk, STREET, Desk.divorce().build());
        Desk.dispatch(desk, STREET, matter.getString("id"));
        return matter.getString("ticket");
    }

    @Test
    @DisplayName(
            "#22.5 opened with its link and no login, the display shows a dispatched ticket within 2 s, names nobody")
    void displayShowsCallsLiveWithoutLogin() {
        JsonObject link = createLink("一楼大厅电视");
        String path = link.getString("path");
        assertThat(path).startsWith("/reception/display/hall.xhtml?key=");
        assertThat(link.getString("url")).endsWith(path);

        Browser television = freshBrowser();
        television.open(RunningPlatform.baseUrl() + path);
        television.await(By.cssSelector("#display-live[data-state='open']"), Duration.ofSeconds(20));
        assertThat(television.url()).as("no login asked for").startsWith(RunningPlatform.baseUrl() + path);
        assertThat(television.text(By.id("display-center"))).contains(STREET_NAME);
        assertThat(television.isPresent(By.id("nav-reception")))
                .as("no navigation")
                .isFalse();

        String first = dispatchedTicket();
        television.awaitText(By.id("display-now-ticket"), first, Duration.ofSeconds(2));
        assertThat(television.text(By.id("display-now-room"))).isEqualTo(ROOM);
        assertThat(television.attribute(By.id("display"), "data-announced"))
                .as("announced in Chinese")
                .isEqualTo("请 " + first + " 号到" + ROOM);

        String second = dispatchedTicket();
        television.awaitText(By.id("display-now-ticket"), second, Duration.ofSeconds(2));
        assertThat(television.text(By.id("display-board")))
                .as("the earlier call moved down")
                .contains(first);

        String page = (String) television.script("return document.documentElement.outerHTML;");
        assertThat(page)
                .as("tickets and rooms only, never names")
                .doesNotContain("王丽", "赵强", "王*", Desk.APPLICANT_ID, "13812345678", "hd.desk");
    }

    @Test
    @DisplayName("#22.5 a revoked link answers 404 with a page naming no center, and an open display goes dark")
    void revokedLinkStopsWorking() {
        JsonObject link = createLink("二楼候调区电视");
        String path = link.getString("path");
        assertThat(fetch(path).status()).isEqualTo(200);
        Browser television = freshBrowser();
        television.open(RunningPlatform.baseUrl() + path);
        television.await(By.cssSelector("#display-live[data-state='open']"), Duration.ofSeconds(20));

        ApiClient.Response revoked = displays(admin).delete("t/" + STREET + "/displays/" + link.getString("id"));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
        assertThat(displays(admin)
                        .delete("t/" + STREET + "/displays/" + link.getString("id"))
                        .status())
                .as("revoking again changes nothing")
                .isEqualTo(204);

        ApiClient.Response gone = fetch(path);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body()).contains("显示链接无效").doesNotContain(STREET_NAME, STREET, ROOM);
        television.await(By.id("display-not-found"), Duration.ofSeconds(30));

        Browser another = freshBrowser();
        another.open(RunningPlatform.baseUrl() + path);
        assertThat(another.text(By.id("display-not-found"))).contains("显示链接无效");

        JsonObject listed =
                displays(admin).get("t/" + STREET + "/displays?size=200").json();
        assertThat(listed.getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(item -> item.getString("id").equals(link.getString("id")))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.getBoolean("active")).isFalse();
                    assertThat(item.getString("revokedBy")).isEqualTo("hd.admin");
                });
    }

    @Test
    @DisplayName("#22.5 keys that open nothing answer 404 alike; the staff pages still ask for a login")
    void unknownKeysAndStaffPages() {
        String unknown = "/reception/display/hall.xhtml?key=" + "A".repeat(43);
        for (String path :
                List.of(unknown, "/reception/display/hall.xhtml?key=junk", "/reception/display/hall.xhtml")) {
            ApiClient.Response answer = fetch(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).contains("显示链接无效").doesNotContain(STREET_NAME);
        }
        for (String page : List.of("/reception/displays.xhtml", "/reception/hall.xhtml", "/reception/desk.xhtml")) {
            ApiClient.Response answer = fetch(page);
            assertThat(answer.status()).as(page + " needs a login").isEqualTo(302);
        }
    }

    @Test
    @DisplayName("#22.5 only the center's administrators manage its links: receptionist 403, another center 404")
    void onlyTheCentersAdministrators() {
        JsonObject link = createLink("三楼电视");
        String item = "t/" + STREET + "/displays/" + link.getString("id");

        for (ApiClient.Response refused : List.of(
                displays(desk).get("t/" + STREET + "/displays"),
                displays(desk).post("t/" + STREET + "/displays", "{\"label\":\"前台电视\"}"),
                displays(desk).delete(item))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        for (ApiClient.Response hidden : List.of(
                displays(stranger).get("t/" + STREET + "/displays"),
                displays(stranger).get(item),
                displays(stranger).post("t/" + STREET + "/displays", "{\"label\":\"\"}"),
                displays(stranger).delete(item))) {
            assertThat(hidden.status()).as(hidden.toString()).isEqualTo(404);
            assertThat(hidden.contentType()).startsWith("application/problem+json");
            assertThat(hidden.body()).doesNotContain("\"errors\"", "三楼电视");
        }
        assertThat(displays(stranger).get("t/" + OTHER + "/displays").body())
                .as("the stranger's own list does not hold it")
                .doesNotContain(link.getString("id"));
        assertThat(fetch(link.getString("path")).status())
                .as("still open after the refusals")
                .isEqualTo(200);

        ApiClient.Response list = displays(admin).get("t/" + STREET + "/displays");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).as("a list never shows a token").doesNotContain(link.getString("path"));
        assertThat(displays(admin)
                        .get("t/" + STREET + "/displays/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("#22.5 bad input: a link without a label, or with one too long, is refused naming the field")
    void badInput() {
        for (String body : List.of("{\"label\":\"\"}", "{}", "{\"label\":\"" + "长".repeat(61) + "\"}")) {
            ApiClient.Response refused = displays(admin).post("t/" + STREET + "/displays", body);
            assertThat(refused.status()).as(body + ": " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo("label");
        }
        ApiClient.Response broken = displays(admin).post("t/" + STREET + "/displays", "{\"label\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("#22.5 on the page, the administrator makes a link, copies its address once, and revokes it")
    void administratorsPage() {
        Browser administrator = Browser.loggedIn("/reception/displays.xhtml", "hd.admin", PASSWORD);
        browsers.add(administrator);
        administrator.type(By.id("displays:label"), "调解大厅电视");
        administrator.click(By.id("displays:create"));
        String url = administrator.attribute(By.id("displays:issued-url"), "value");
        assertThat(url).contains("/reception/display/hall.xhtml?key=");
        administrator.awaitText(By.id("displays:links"), "调解大厅电视");

        Browser television = freshBrowser();
        television.open(url);
        assertThat(television.text(By.id("display-center"))).contains(STREET_NAME);

        administrator.click(
                By.xpath("//tr[.//span[normalize-space(text())='调解大厅电视']]//button[contains(@class,'od-revoke')]"));
        administrator.accept();
        administrator.awaitText(By.xpath("//tr[.//span[normalize-space(text())='调解大厅电视']]"), "已停用");
        assertThat(fetch(URI.create(url).getRawPath() + "?" + URI.create(url).getRawQuery())
                        .status())
                .isEqualTo(404);
    }
}
