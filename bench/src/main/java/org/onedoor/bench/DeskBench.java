package org.onedoor.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.onedoor.stack.junit.ApiClient;

/**
 * Issue #4 benchmark: registration + dispatch at the front desk. Twenty receptionists (each their
 * own account and token) register a matter and dispatch it, again and again, for a minute after a
 * warm-up; each pair of calls is one operation. Prints the sustained rate and p50/p99 of a pair.
 */
public final class DeskBench {

    private static final int RECEPTIONISTS = Integer.getInteger("bench.receptionists", 20);
    private static final Duration WARM_UP = Duration.ofSeconds(15);
    private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("bench.seconds", 60));
    private static final String CENTER = "420102001";

    public static void main(String[] args) throws Exception {
        try (BenchPlatform platform = new BenchPlatform()) {
            System.out.printf("platform ready in %.1f s%n", platform.startPayara(null));
            platform.openStreet(CENTER);
            String admin = platform.person("bench.admin", CENTER, "tenant-admin");
            String roomId = room(platform, admin);
            List<String> desks = new ArrayList<>();
            for (int i = 0; i < RECEPTIONISTS; i++) {
                desks.add(platform.person("bench.desk" + i, CENTER, "receptionist"));
            }
            ApiClient base = ApiClient.of(URI.create(
                    "http://localhost:" + platform.stack.platformPort() + "/reception/api/v1/t/" + CENTER + "/"));

            long warmUpEnds = System.nanoTime() + WARM_UP.toNanos();
            long ends = warmUpEnds + MEASURED.toNanos();
            List<Double> millis = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger failures = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(RECEPTIONISTS);
            List<Future<?>> running = new ArrayList<>();
            for (String token : desks) {
                ApiClient desk = base.withToken(token);
                running.add(pool.submit(() -> {
                    int n = 0;
                    while (System.nanoTime() < ends) {
                        long started = System.nanoTime();
                        ApiClient.Response registered = desk.post(
                                "matters",
                                matter(Thread.currentThread().getId() * 100_000 + n++)
                                        .toString());
                        boolean ok = registered.status() == 201;
                        if (ok) {
                            String id = registered.json().getString("id");
                            ok = desk.post("matters/" + id + "/dispatch", "{}").status() == 200;
                        }
                        if (!ok) {
                            failures.incrementAndGet();
                        } else if (started >= warmUpEnds && System.nanoTime() < ends) {
                            millis.add((System.nanoTime() - started) / 1e6);
                        }
                    }
                }));
            }
            for (Future<?> each : running) {
                each.get();
            }
            pool.shutdown();
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            System.out.printf(
                    "registration + dispatch (%d receptionists, %d s after %d s warm-up; %s; room %s):"
                            + " %.1f per second, p50 %.0f ms, p99 %.0f ms, max %.0f ms, %d failed%n",
                    RECEPTIONISTS,
                    MEASURED.toSeconds(),
                    WARM_UP.toSeconds(),
                    BenchPlatform.machine(),
                    roomId,
                    sorted.size() / (double) MEASURED.toSeconds(),
                    ProvisioningBench.percentile(sorted, 50),
                    ProvisioningBench.percentile(sorted, 99),
                    sorted.get(sorted.size() - 1),
                    failures.get());
        }
    }

    static String room(BenchPlatform platform, String admin) {
        ApiClient config = ApiClient.of(URI.create(
                        "http://localhost:" + platform.stack.platformPort() + "/admin/api/v1/t/" + CENTER + "/"))
                .withToken(admin);
        ApiClient.Response room = config.post(
                "rooms",
                Json.createObjectBuilder()
                        .add("name", "物业纠纷调解室")
                        .add("type", "PROPERTY")
                        .add("location", "一楼")
                        .add("mediators", Json.createArrayBuilder().add("bench.admin"))
                        .build()
                        .toString());
        if (room.status() != 201) {
            throw new IllegalStateException(room.toString());
        }
        String id = room.json().getString("id");
        ApiClient.Response routed = config.put(
                "routing/property-management",
                Json.createObjectBuilder().add("roomId", id).build().toString());
        if (routed.status() >= 300) {
            throw new IllegalStateException(routed.toString());
        }
        return id;
    }

    static JsonObject matter(long n) {
        return Json.createObjectBuilder()
                .add("categoryCode", "property-management")
                .add("channel", "WALK_IN")
                .add("riskLevel", "LOW")
                .add("grade", "ORDINARY")
                .add("description", "小区电梯停运，物业未维修（第 " + n + " 次）。")
                .add(
                        "parties",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("role", "APPLICANT")
                                        .add("name", "刘芳")
                                        .add("phone", String.format("136%08d", n % 100_000_000))))
                .build();
    }

    private DeskBench() {}
}
