package org.onedoor.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.onedoor.stack.junit.ApiClient;

/**
 * Issue #4 benchmark: dispatch push latency — from the moment the case module publishes the
 * dispatch in its transaction (the event's {@code publishedAt}, taken just before commit) until an
 * open workbench websocket receives it. 220 dispatches one after the other, the first 20 warm up.
 * Server and client share the machine's clock.
 */
public final class PushBench {

    private static final int DISPATCHES = Integer.getInteger("bench.dispatches", 200);
    private static final int WARM_UP = 20;
    private static final String CENTER = "420102001";

    public static void main(String[] args) throws Exception {
        try (BenchPlatform platform = new BenchPlatform()) {
            System.out.printf("platform ready in %.1f s%n", platform.startPayara(null));
            platform.openStreet(CENTER);
            String admin = platform.person("bench.admin", CENTER, "tenant-admin");
            String roomId = DeskBench.room(platform, admin);
            String desk = platform.person("bench.desk", CENTER, "receptionist");
            String mediator = platform.person("bench.mediator", CENTER, "mediator");
            String base = "http://localhost:" + platform.stack.platformPort();
            ApiClient reception = ApiClient.of(URI.create(base + "/reception/api/v1/t/" + CENTER + "/"))
                    .withToken(desk);

            BlockingQueue<String> received = new LinkedBlockingQueue<>();
            HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .header("Authorization", "Bearer " + mediator)
                    .buildAsync(
                            URI.create(base.replaceFirst("^http", "ws") + "/cases/live/workbench?center=" + CENTER
                                    + "&room=" + roomId),
                            new WebSocket.Listener() {
                                // a message may arrive in parts: the time is that of its last part
                                private final StringBuilder parts = new StringBuilder();

                                @Override
                                public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                                    parts.append(data);
                                    if (last) {
                                        received.add(Instant.now() + " " + parts);
                                        parts.setLength(0);
                                    }
                                    socket.request(1);
                                    return null;
                                }
                            })
                    .get(10, TimeUnit.SECONDS);

            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < DISPATCHES + WARM_UP; i++) {
                ApiClient.Response registered =
                        reception.post("matters", DeskBench.matter(i).toString());
                String id = registered.json().getString("id");
                if (reception.post("matters/" + id + "/dispatch", "{}").status() != 200) {
                    throw new IllegalStateException("dispatch failed");
                }
                String message = received.poll(10, TimeUnit.SECONDS);
                if (message == null) {
                    throw new IllegalStateException("no event for dispatch " + i);
                }
                Instant arrived = Instant.parse(message.substring(0, message.indexOf(' ')));
                JsonObject event = Json.createReader(new StringReader(message.substring(message.indexOf(' ') + 1)))
                        .readObject();
                Instant published = Instant.parse(event.getString("publishedAt"));
                if (i >= WARM_UP) {
                    millis.add(Duration.between(published, arrived).toNanos() / 1e6);
                }
            }
            Collections.sort(millis);
            System.out.printf(
                    "dispatch push latency (%d dispatches; %s): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    millis.size(),
                    BenchPlatform.machine(),
                    ProvisioningBench.percentile(millis, 50),
                    ProvisioningBench.percentile(millis, 99),
                    millis.get(millis.size() - 1));
        }
    }

    private PushBench() {}
}
