package org.onedoor.matters;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/**
 * Issue #4.3: a dispatch reaches every open workbench of the room's center within a second of the
 * desk's answer, pushed from the committed NOTIFY; workbenches of other centers hear nothing, and a
 * stranger cannot listen to the center at all.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class LiveDispatchIT {

    static final String STREET = "420105005";
    static final String OTHER = "420106";
    private static final String PASSWORD = "Journey-2026-live";

    static String desk;
    static String mediator;
    static String colleague;
    static String stranger;
    static String roomId;

    @BeforeAll
    static void center() {
        Centers.open("420000", "湖北省", null, null);
        Centers.open("420100", "武汉市", "420000", null);
        Centers.open("420105", "汉阳区", "420100", null);
        Centers.open(STREET, "永丰街道", "420105", null);
        Centers.open(OTHER, "武昌区", "420100", null);
        String admin = Centers.person("l.admin", PASSWORD, STREET + ":tenant-admin");
        desk = Centers.person("l.desk", PASSWORD, STREET + ":receptionist");
        mediator = Centers.person("l.mediator", PASSWORD, STREET + ":mediator");
        colleague = Centers.person("l.colleague", PASSWORD, STREET + ":mediator");
        stranger = Centers.person("l.stranger", PASSWORD, OTHER + ":mediator");
        roomId = Desk.room(admin, STREET, "邻里纠纷调解室", "GENERAL", "neighbour", "l.mediator", "l.colleague");
    }

    /** A workbench connection, as a program opens it: bearer token, center and rooms in the query. */
    record Workbench(WebSocket socket, BlockingQueue<String> received) {
        static Workbench open(String token, String query) throws Exception {
            BlockingQueue<String> received = new LinkedBlockingQueue<>();
            WebSocket socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .header("Authorization", "Bearer " + token)
                    .buildAsync(
                            URI.create(RunningPlatform.baseUrl().replaceFirst("^http", "ws") + "/cases/live/workbench?"
                                    + query),
                            new WebSocket.Listener() {
                                private final StringBuilder text = new StringBuilder();

                                @Override
                                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                                    text.append(data);
                                    if (last) {
                                        received.add(text.toString());
                                        text.setLength(0);
                                    }
                                    webSocket.request(1);
                                    return null;
                                }

                                @Override
                                public CompletionStage<?> onClose(WebSocket webSocket, int status, String reason) {
                                    received.add("closed " + status);
                                    return null;
                                }
                            })
                    .get(10, TimeUnit.SECONDS);
            return new Workbench(socket, received);
        }

        JsonObject next(Duration timeout) throws InterruptedException {
            String message = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(message).as("a message within " + timeout).isNotNull().doesNotStartWith("closed");
            return Json.createReader(new StringReader(message)).readObject();
        }
    }

    @Test
    @DisplayName(
            "#4.3 both mediators of the room get the dispatch within a second; another center's workbench does not")
    void pushedToEveryWorkbenchOfTheRoom() throws Exception {
        Workbench mine = Workbench.open(mediator, "center=" + STREET + "&room=" + roomId);
        Workbench colleagues = Workbench.open(colleague, "center=" + STREET);
        Workbench elsewhere = Workbench.open(stranger, "center=" + OTHER);
        Thread.sleep(500); // the listeners are registered once the handshake completed

        JsonObject matter = Desk.register(
                desk, STREET, Desk.divorce().add("categoryCode", "neighbour").build());
        String caseId = Desk.dispatch(desk, STREET, matter.getString("id")).getString("caseId");

        JsonObject event = mine.next(Duration.ofSeconds(1));
        assertThat(event.getString("caseId")).isEqualTo(caseId);
        assertThat(event.getString("ticket")).isEqualTo(matter.getString("ticket"));
        assertThat(event.getString("room")).isEqualTo(roomId);
        assertThat(event.toString()).as("no personal data on the wire").doesNotContain("王丽", Desk.APPLICANT_ID);
        assertThat(colleagues.next(Duration.ofSeconds(1)).getString("caseId")).isEqualTo(caseId);
        assertThat(elsewhere.received().poll(1, TimeUnit.SECONDS)).isNull();
    }

    @Test
    @DisplayName("#4.3 a center outside the caller's memberships cannot be watched")
    void strangersCannotListen() throws Exception {
        Workbench intruder = Workbench.open(stranger, "center=" + STREET);
        String first = intruder.received().poll(5, TimeUnit.SECONDS);
        assertThat(first).startsWith("closed");
    }
}
