package org.onedoor.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.onedoor.stack.junit.ApiClient;

/**
 * Issue #4 / #14.9 benchmark: registration + dispatch at the front desk, each pair of calls one
 * operation, by receptionists of one street (each their own account and token).
 *
 * <p>Open loop (the default): operations arrive at a constant rate ({@code bench.rates}, per second,
 * e.g. {@code 10,50,100}) whatever the answers, each on its own thread; an operation's latency is
 * counted from the moment it was due, so waiting for a free thread or a slow server is in the figure
 * (no coordinated omission). Closed loop ({@code -Dbench.mode=closed}): {@code bench.receptionists}
 * desks each send the next operation when the last was answered — the rate is then an outcome.
 *
 * <p>Each measurement prints the achieved rate, p50/p99/max of an operation, failures, and where the
 * CPU went (Payara, PostgreSQL, Keycloak, this load generator). The HTTP client speaks HTTP/1.1 with
 * a connection per thread, as browsers and the desks do.
 */
public final class DeskBench {

    private static final int RECEPTIONISTS = Integer.getInteger("bench.receptionists", 20);
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warm-up", 15));
    private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("bench.seconds", 60));
    /** Unreported closed-loop work before the first rate, so the JIT has compiled the hot paths (issue #14.9). */
    private static final Duration PRE_WARM = Duration.ofSeconds(Long.getLong("bench.pre-warm", 90));

    private static final String CENTER = "420102001";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public static void main(String[] args) throws Exception {
        try (BenchPlatform platform = new BenchPlatform()) {
            System.out.printf("platform ready in %.1f s%n", platform.startPayara(null));
            platform.openStreet(CENTER);
            String admin = platform.person("bench.admin", CENTER, "tenant-admin");
            room(platform, admin);
            List<String> desks = new ArrayList<>();
            for (int i = 0; i < RECEPTIONISTS; i++) {
                platform.person("bench.desk" + i, CENTER, "receptionist");
                desks.add("bench.desk" + i);
            }
            String base = "http://localhost:" + platform.stack.platformPort() + "/reception/api/v1/t/" + CENTER + "/";
            if (!PRE_WARM.isZero()) {
                closedLoop(platform, base, desks.subList(0, Math.min(8, desks.size())), Duration.ZERO, PRE_WARM);
                System.out.printf("pre-warmed for %d s%n", PRE_WARM.toSeconds());
            }
            if (System.getProperty("bench.mode", "open").equals("closed")) {
                report(
                        String.format("closed loop, %d desks", desks.size()),
                        closedLoop(platform, base, desks, WARM_UP, MEASURED));
            } else {
                for (String rate :
                        System.getProperty("bench.rates", "10,50,100").split(",")) {
                    openLoop(platform, base, desks, Integer.parseInt(rate.strip()));
                }
            }
        }
    }

    /** Operations due at {@code rate} per second for the warm-up and the measurement; prints the measured part. */
    private static void openLoop(BenchPlatform platform, String base, List<String> desks, int rate) throws Exception {
        List<String> tokens = desks.stream().map(platform::token).toList();
        long total = (WARM_UP.toSeconds() + MEASURED.toSeconds()) * rate;
        long start = System.nanoTime() + 200_000_000L;
        long measuredFrom = start + WARM_UP.toNanos();
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        Outcomes outcomes = new Outcomes();
        AtomicLong counter = new AtomicLong();
        CpuSplit[] cpu = new CpuSplit[1];
        // a thread per operation in flight: an arrival never waits for an earlier answer
        ExecutorService threads = Executors.newCachedThreadPool();
        try {
            for (long i = 0; i < total; i++) {
                long due = start + i * 1_000_000_000L / rate;
                sleepUntil(due);
                if (cpu[0] == null && due >= measuredFrom) {
                    cpu[0] = new CpuSplit(platform.pid("payara"), platform.pid("keycloak"));
                }
                String token = tokens.get((int) (i % tokens.size()));
                threads.submit(() -> {
                    Outcome outcome = answered(base, token, counter.incrementAndGet());
                    outcomes.count(outcome);
                    if (outcome == Outcome.ANSWERED && due >= measuredFrom) {
                        millis.add((System.nanoTime() - due) / 1e6);
                    }
                });
            }
        } finally {
            threads.shutdown();
            threads.awaitTermination(5, TimeUnit.MINUTES);
        }
        report(String.format("open loop, %d operations/s offered", rate), new Measured(millis, outcomes, cpu[0]));
    }

    /** What a run measured after its warm-up. */
    private record Measured(List<Double> millis, Outcomes outcomes, CpuSplit cpu) {}

    /** How an operation ended: both calls answered as expected, refused by admission (503), or anything else. */
    enum Outcome {
        ANSWERED,
        REFUSED,
        FAILED
    }

    /** Refused and failed operations over the whole run (warm-up included). */
    static final class Outcomes {
        private final AtomicInteger refused = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();

        void count(Outcome outcome) {
            if (outcome == Outcome.REFUSED) {
                refused.incrementAndGet();
            } else if (outcome == Outcome.FAILED) {
                failed.incrementAndGet();
            }
        }

        @Override
        public String toString() {
            return refused.get() + " refused with 503, " + failed.get() + " failed otherwise";
        }
    }

    /** Each desk sends its next operation when the last one was answered. */
    private static Measured closedLoop(
            BenchPlatform platform, String base, List<String> desks, Duration warmUp, Duration measured)
            throws Exception {
        long warmUpEnds = System.nanoTime() + warmUp.toNanos();
        long ends = warmUpEnds + measured.toNanos();
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        Outcomes outcomes = new Outcomes();
        AtomicLong counter = new AtomicLong();
        CpuSplit[] cpu = new CpuSplit[1];
        ExecutorService pool = Executors.newFixedThreadPool(desks.size());
        List<Future<?>> running = new ArrayList<>();
        for (String desk : desks) {
            String token = platform.token(desk);
            running.add(pool.submit(() -> {
                while (System.nanoTime() < ends) {
                    long started = System.nanoTime();
                    Outcome outcome = answered(base, token, counter.incrementAndGet());
                    outcomes.count(outcome);
                    if (outcome == Outcome.ANSWERED && started >= warmUpEnds && System.nanoTime() < ends) {
                        millis.add((System.nanoTime() - started) / 1e6);
                    }
                }
            }));
        }
        sleepUntil(warmUpEnds);
        cpu[0] = new CpuSplit(platform.pid("payara"), platform.pid("keycloak"));
        for (Future<?> each : running) {
            each.get();
        }
        pool.shutdown();
        return new Measured(millis, outcomes, cpu[0]);
    }

    /** {@link #operation}, a broken connection counted as a failure like a wrong answer. */
    private static Outcome answered(String base, String token, long n) {
        try {
            return operation(base, token, n);
        } catch (RuntimeException broken) {
            return Outcome.FAILED;
        }
    }

    /** Registers a walk-in (routing sends it to the room at once) and dispatches it: whether both were answered as expected. */
    private static Outcome operation(String base, String token, long n) {
        HttpResponse<String> registered =
                post(base + "matters", token, matter(n).toString());
        if (registered.statusCode() != 201) {
            return outcomeOf(registered.statusCode());
        }
        String id = Json.createReader(new StringReader(registered.body()))
                .readObject()
                .getString("id");
        int dispatched = post(base + "matters/" + id + "/dispatch", token, "{}").statusCode();
        return dispatched == 200 ? Outcome.ANSWERED : outcomeOf(dispatched);
    }

    private static Outcome outcomeOf(int unexpectedStatus) {
        return unexpectedStatus == 503 ? Outcome.REFUSED : Outcome.FAILED;
    }

    private static HttpResponse<String> post(String url, String token, String body) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void report(String load, Measured measured) {
        List<Double> sorted = new ArrayList<>(measured.millis());
        Collections.sort(sorted);
        System.out.printf(
                "registration + dispatch (%s, %d s after %d s warm-up; %s): %.1f per second, p50 %.0f ms,"
                        + " p99 %.0f ms, max %.0f ms, %s; CPU: %s%n",
                load,
                MEASURED.toSeconds(),
                WARM_UP.toSeconds(),
                BenchPlatform.machine(),
                sorted.size() / (double) MEASURED.toSeconds(),
                ProvisioningBench.percentile(sorted, 50),
                ProvisioningBench.percentile(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
                measured.outcomes(),
                measured.cpu() == null ? "not sampled" : measured.cpu().since());
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
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
