package org.onedoor.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.tenancy.Centers.admin;
import static org.onedoor.tenancy.Centers.api;
import static org.onedoor.tenancy.Centers.operator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;
import org.openqa.selenium.By;

/**
 * Issue #13.1: a revoked role or a suspended center stops working within one minute for the
 * person's browser session (page and REST API), a bearer token obtained before, and an open
 * workbench websocket; a page of another site cannot open the workbench (Origin). Also the isolation
 * rule with a browser session cookie instead of a bearer token: another center's staff get 404.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class RevocationIT {

    private static final String DISTRICT = "420106";
    private static final String STREET = "420106001";
    private static final String OTHER_STREET = "420106002";
    private static final String PASSWORD = "Revoke-2026-rv";
    private static final Duration WITHIN = Duration.ofSeconds(70);

    @BeforeAll
    static void centers() {
        Centers.open("420000", "湖北省", null, null);
        Centers.open("420100", "武汉市", "420000", null);
        Centers.open(DISTRICT, "武昌区", "420100", null);
        Centers.open(STREET, "积玉桥街道", DISTRICT, null);
        Centers.open(OTHER_STREET, "杨园街道", DISTRICT, null);
        Centers.person("rv.mediator", PASSWORD, STREET + ":mediator");
        Centers.person("rv.other", PASSWORD, OTHER_STREET + ":mediator");
        Centers.person("rv.auditor", PASSWORD, STREET + ":auditor");
    }

    @Test
    @DisplayName("#13 isolation with a browser session: member with the role 200, member without it 403, stranger 404")
    void isolationMatrixWithABrowserSession() throws Exception {
        try (Browser auditor = login("rv.auditor")) {
            ApiClient session = sessionApi(auditor);
            // on the street's staff, but reading case files is not an auditor's (ReadsCases)
            assertThat(session.get("t/" + STREET + "/cases").status()).isEqualTo(403);
            assertThat(pageFetch(auditor, "/cases/api/v1/t/" + STREET + "/cases"))
                    .isEqualTo(403);
            // another street does not exist for this session, whatever the call
            assertThat(session.get("t/" + OTHER_STREET + "/cases").status()).isEqualTo(404);
            assertThat(pageFetch(auditor, "/cases/api/v1/t/" + OTHER_STREET + "/cases"))
                    .isEqualTo(404);
            assertThat(session.get("t/" + DISTRICT + "/cases").status()).isEqualTo(404);
        }
        try (Browser member = login("rv.other")) {
            ApiClient session = sessionApi(member);
            assertThat(session.get("t/" + OTHER_STREET + "/cases").status()).isEqualTo(200);
            assertThat(session.get("t/" + STREET + "/cases").status()).isEqualTo(404);
        }
        // without the session cookie the same call is not logged in at all
        assertThat(ApiClient.of(URI.create(RunningPlatform.baseUrl() + "/cases/api/v1/"))
                        .get("t/" + OTHER_STREET + "/cases")
                        .status())
                .isEqualTo(401);
    }

    @Test
    @DisplayName(
            "#13.1 a revoked role stops the browser session, an earlier bearer token and open websockets within a minute")
    void revokedRoleStopsEverywhere() throws Exception {
        try (Browser browser = login("rv.mediator")) {
            ApiClient session = sessionApi(browser);
            String bearer = PlatformStack.stack().token("rv.mediator", PASSWORD);
            assertThat(session.get("t/" + STREET + "/cases").status()).isEqualTo(200);
            assertThat(pageFetch(browser, "/cases/api/v1/t/" + STREET + "/cases"))
                    .isEqualTo(200);
            assertThat(api("cases", bearer).get("t/" + STREET + "/cases").status())
                    .isEqualTo(200);
            Socket bySession = Socket.open(
                    Map.of("Cookie", browser.cookieHeader(), "Origin", RunningPlatform.baseUrl()), "center=" + STREET);
            Socket byToken = Socket.open(Map.of("Authorization", "Bearer " + bearer), "center=" + STREET);
            assertThat(bySession.closed(Duration.ofSeconds(2)))
                    .as("open while the role holds")
                    .isNull();
            assertThat(byToken.closed(Duration.ofMillis(100))).isNull();

            ApiClient.Response revoked =
                    admin(operator()).delete("t/" + STREET + "/members/rv.mediator/roles/mediator");
            assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
            Instant revokedAt = Instant.now();

            // no longer on the street's staff at all: the street does not exist for them (404)
            awaitStatus(
                    "browser session, REST API",
                    () -> session.get("t/" + STREET + "/cases").status(),
                    404);
            awaitStatus("browser session, page", () -> pageFetch(browser, "/cases/api/v1/t/" + STREET + "/cases"), 404);
            awaitStatus(
                    "bearer token from before",
                    () -> api("cases", bearer).get("t/" + STREET + "/cases").status(),
                    404);
            assertThat(bySession.closed(WITHIN.minus(Duration.between(revokedAt, Instant.now()))))
                    .as("the session's websocket closes")
                    .isEqualTo(1008);
            assertThat(byToken.closed(Duration.ofSeconds(20)))
                    .as("the token's websocket closes")
                    .isEqualTo(1008);
            assertThat(Duration.between(revokedAt, Instant.now())).isLessThan(WITHIN);
        }
    }

    @Test
    @DisplayName(
            "#13.1 a suspended center stops its staff's browser session and websocket; strangers' sessions see 404")
    void suspendedCenterStopsSessions() throws Exception {
        try (Browser browser = login("rv.other")) {
            ApiClient session = sessionApi(browser);
            assertThat(session.get("t/" + OTHER_STREET + "/cases").status()).isEqualTo(200);
            // isolation with a browser session: another street's cases do not exist for this session
            assertThat(session.get("t/" + STREET + "/cases").status()).isEqualTo(404);
            assertThat(pageFetch(browser, "/cases/api/v1/t/" + STREET + "/cases"))
                    .isEqualTo(404);
            Socket socket = Socket.open(
                    Map.of("Cookie", browser.cookieHeader(), "Origin", RunningPlatform.baseUrl()),
                    "center=" + OTHER_STREET);
            assertThat(socket.closed(Duration.ofSeconds(2))).isNull();

            ApiClient.Response suspended = admin(operator()).post("tenants/" + OTHER_STREET + "/suspend", "");
            assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
            try {
                awaitStatus(
                        "browser session",
                        () -> session.get("t/" + OTHER_STREET + "/cases").status(),
                        404);
                assertThat(socket.closed(WITHIN)).as("the websocket closes").isEqualTo(1008);
            } finally {
                admin(operator()).post("tenants/" + OTHER_STREET + "/reactivate", "");
            }
        }
    }

    @Test
    @DisplayName("#13.1 a workbench handshake from another site's page is refused, with a session cookie or a token")
    void foreignOriginRefused() throws Exception {
        String bearer = PlatformStack.stack().token("rv.other", PASSWORD);
        try (Browser browser = login("rv.other")) {
            Socket withCookie = Socket.open(
                    Map.of("Cookie", browser.cookieHeader(), "Origin", "https://evil.example"),
                    "center=" + OTHER_STREET);
            assertThat(withCookie.closed(Duration.ofSeconds(10))).isEqualTo(1008);
        }
        Socket withToken = Socket.open(
                Map.of("Authorization", "Bearer " + bearer, "Origin", "http://localhost.evil.example"),
                "center=" + OTHER_STREET);
        assertThat(withToken.closed(Duration.ofSeconds(10))).isEqualTo(1008);
    }

    private static Browser login(String username) {
        Browser browser = new Browser();
        browser.open(RunningPlatform.baseUrl() + "/cases/");
        browser.awaitUrlStartingWith(PlatformStack.stack().issuer());
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), PASSWORD);
        browser.click(By.id("kc-login"));
        browser.await(By.id("module-title"));
        return browser;
    }

    /** The REST API with the browser's session cookie, as the page's scripts call it. */
    private static ApiClient sessionApi(Browser browser) {
        return ApiClient.of(URI.create(RunningPlatform.baseUrl() + "/cases/api/v1/"))
                .withHeader("Cookie", browser.cookieHeader());
    }

    /** What the page itself gets when it calls {@code path} (same origin, its own cookie). */
    private static int pageFetch(Browser browser, String path) {
        Object status = browser.script("return fetch('" + path + "', {credentials: 'same-origin', redirect: 'manual'})"
                + ".then(r => r.status);");
        return ((Number) status).intValue();
    }

    private static void awaitStatus(String what, IntSupplier status, int expected) {
        Instant deadline = Instant.now().plus(WITHIN);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            last = status.getAsInt();
            if (last == expected) {
                return;
            }
            Centers.sleep(Duration.ofSeconds(1));
        }
        throw new AssertionError(what + " still answered " + last + " after " + WITHIN);
    }

    /** A workbench websocket with the given handshake headers; remembers how it closed. */
    record Socket(WebSocket socket, BlockingQueue<Integer> closes) {
        static Socket open(Map<String, String> headers, String query) throws Exception {
            BlockingQueue<Integer> closes = new LinkedBlockingQueue<>();
            WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
            headers.forEach(builder::header);
            WebSocket socket = builder.buildAsync(
                            URI.create(RunningPlatform.baseUrl().replaceFirst("^http", "ws") + "/cases/live/workbench?"
                                    + query),
                            new WebSocket.Listener() {
                                @Override
                                public CompletionStage<?> onClose(WebSocket webSocket, int status, String reason) {
                                    closes.add(status);
                                    return null;
                                }

                                @Override
                                public void onError(WebSocket webSocket, Throwable error) {
                                    closes.add(-1);
                                }
                            })
                    .get(10, TimeUnit.SECONDS);
            return new Socket(socket, closes);
        }

        /** The close code within {@code timeout}, or null while it stays open. */
        Integer closed(Duration timeout) throws InterruptedException {
            return closes.poll(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        }
    }
}
