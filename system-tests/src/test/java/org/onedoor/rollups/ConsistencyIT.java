package org.onedoor.rollups;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.matters.Desk;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/**
 * Issue #5: thousands of case operations in random order on four threads — with refused moves,
 * bad input, wrong centers and retries of moves already made in between — leave a read model that
 * the consistency check cannot fault, and whose totals equal what the run itself counted.
 *
 * <pre>
 * 510000 四川省 → 510100 成都市 → 510104 锦江区 → 510104001 督院街街道 → 510104001001 东风路社区
 *                               → 510105 青羊区 → 510105001 少城街道
 * </pre>
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
public class ConsistencyIT {

    static final String TOP = "510000";
    static final Map<String, String> PARENTS = Map.of(
            "510104001001", "510104001",
            "510104001", "510104",
            "510105001", "510105");
    static final List<String> WORKPLACES = List.of("510104", "510105", "510104001", "510105001", "510104001001");
    static final String[] CATEGORIES = {"divorce", "neighbour", "labour", "property-management", "medical"};
    static final String[] CHANNELS = {"WALK_IN", "PHONE", "HOTLINE_12345", "GRID_REPORT"};
    static final String[] GRADES = {"ORDINARY", "SPECIALIST", "SPECIAL", "COMMUNITY"};
    static final String[] ANSWERS = {"VERY_SATISFIED", "SATISFIED", "NEUTRAL", "DISSATISFIED"};
    static final int CASES = 400;
    private static final String PASSWORD = "Consistency-2026-it";

    /** What the run did, counted on the client side, by counter name. */
    private final Map<String, AtomicLong> ledger = new ConcurrentHashMap<>();

    private final Map<String, String> rooms = new HashMap<>();

    @Test
    @DisplayName(
            "#5 the consistency check finds nothing after thousands of random case operations with failures and retries")
    void randomizedRunLeavesNoDifference() throws Exception {
        Centers.open(TOP, "四川省", null, null);
        Centers.open("510100", "成都市", TOP, null);
        Centers.open("510104", "锦江区", "510100", null);
        Centers.open("510105", "青羊区", "510100", null);
        Centers.open("510104001", "督院街街道", "510104", null);
        Centers.open("510105001", "少城街道", "510105", null);
        Centers.open("510104001001", "东风路社区", "510104001", null);
        String[] memberships = WORKPLACES.stream()
                .flatMap(center ->
                        List.of(center + ":tenant-admin", center + ":receptionist", center + ":mediator").stream())
                .toArray(String[]::new);
        String first = Centers.person("k.worker", PASSWORD, memberships);
        WORKPLACES.forEach(center -> rooms.put(center, Casework.room(first, center, "k.worker")));
        Supplier<String> token = new FreshToken("k.worker", PASSWORD);

        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            long seed = 20261203L + i;
            runs.add(threads.submit(() -> {
                runCase(new Random(seed), token);
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        threads.shutdown();
        System.out.printf(
                "randomized run: %d operations, %d of them refused, %d cases received%n",
                counted("operations"), counted("refused"), counted("received"));
        assertThat(counted("operations")).as("operations made").isGreaterThanOrEqualTo(2_500);
        assertThat(counted("refused")).as("refused operations among them").isGreaterThanOrEqualTo(200);

        ApiClient operator = Centers.api("cases", Centers.operator());
        for (String area : List.of(TOP, "510104", "510104001", "510104001001", "510105001")) {
            JsonObject check =
                    awaitJob(operator, operator.get("rollups/" + area + "/consistency?" + RollupsIT.period()));
            assertThat(check.getString("state")).as(check.toString()).isEqualTo("DONE");
            assertThat(check.getJsonObject("result").getJsonArray("differences"))
                    .as(area + ": " + check)
                    .isEmpty();
            assertThat(check.getJsonObject("result").getInt("events")).isPositive();
        }
        jobs(operator);

        ApiClient.Response top = operator.get("rollups/" + TOP + "?" + RollupsIT.period());
        JsonObject counts = top.json().getJsonObject("totals").getJsonObject("counts");
        for (String counter : List.of(
                "received",
                "accepted",
                "resolved",
                "notResolved",
                "escalatedIn",
                "followedUp",
                "verySatisfied",
                "satisfied",
                "neutral",
                "dissatisfied",
                "archived")) {
            assertThat(counts.getJsonNumber(counter).longValue()).as(counter).isEqualTo(counted(counter));
        }
        assertThat(counts.getInt("escalatedOut"))
                .as("nothing left the province")
                .isZero();
        assertThat(counts.getInt("onTime") + counts.getInt("overdue"))
                .isEqualTo(counts.getInt("resolved") + counts.getInt("notResolved"));
    }

    /**
     * #13: checks and rebuilds are jobs — 202 with Location, progress, who started it, the result; a
     * second start while one runs joins it, other work for the area waits (409); strangers and
     * members without statistics access get 404 whatever the parameters.
     */
    private void jobs(ApiClient operator) throws java.sql.SQLException {
        String period = "period=CUSTOM&from=2024-01-01&to=" + LocalDate.now(Casework.CHINA);
        // a check another instance is running (its lease held), so the test does not race the worker
        java.util.UUID running = java.util.UUID.randomUUID();
        try (java.sql.Connection db = PlatformStack.stack().connect();
                java.sql.PreparedStatement insert = db.prepareStatement("insert into platform.rollup_job"
                        + " (id, area_code, kind, period_kind, period_from, period_to, state, started_by, started_at,"
                        + " attempts, lease_owner, lease_until) values (?, ?, 'CONSISTENCY', 'CUSTOM', date '2024-01-01',"
                        + " ?, 'RUNNING', 'operator', now(), 1, 'busy-instance', now() + interval '10 minutes')")) {
            insert.setObject(1, running);
            insert.setString(2, TOP);
            insert.setDate(3, java.sql.Date.valueOf(LocalDate.now(Casework.CHINA)));
            insert.executeUpdate();
        }
        ApiClient.Response again = operator.get("rollups/" + TOP + "/consistency?" + period);
        assertThat(again.status()).as("joins the running job: " + again).isEqualTo(202);
        assertThat(again.header("Location")).endsWith("/rollups/" + TOP + "/jobs/" + running);
        assertThat(again.json().getString("state")).isEqualTo("RUNNING");
        assertThat(again.json().getString("startedBy")).isEqualTo("operator");
        assertThat(again.json().getString("kind")).isEqualTo("CONSISTENCY");
        ApiClient.Response other = operator.get("rollups/" + TOP + "/consistency?period=DAY");
        assertThat(other.status()).as("one job per area at a time: " + other).isEqualTo(409);
        assertThat(other.json().getString("detail")).contains(running.toString());
        assertThat(operator.post("rollups/" + TOP + "/rebuild", "{}").status()).isEqualTo(409);

        try (java.sql.Connection db = PlatformStack.stack().connect();
                java.sql.PreparedStatement expire = db.prepareStatement(
                        "update platform.rollup_job set lease_until = now() - interval '1 second' where id = ?")) {
            expire.setObject(1, running);
            expire.executeUpdate();
        }
        JsonObject done = awaitJob(operator, again);
        assertThat(done.getString("state"))
                .as("taken over from the stopped instance: " + done)
                .isEqualTo("DONE");
        JsonObject progress = done.getJsonObject("progress");
        assertThat(progress.getInt("centersTotal")).isEqualTo(7);
        assertThat(progress.getInt("centersDone")).isEqualTo(7);
        assertThat(progress.getJsonNumber("events").longValue())
                .isEqualTo(done.getJsonObject("result").getJsonNumber("events").longValue())
                .isPositive();
        assertThat(done.getString("startedAt")).isNotBlank();
        assertThat(done.getString("finishedAt")).isNotBlank();
        assertThat(done.getJsonObject("result").getInt("differenceCount")).isZero();
        assertThat(done.getJsonObject("result").getJsonArray("differences")).isEmpty();

        JsonObject rebuilt = awaitJob(operator, operator.post("rollups/" + TOP + "/rebuild", "{}"));
        assertThat(rebuilt.getString("state")).as(rebuilt.toString()).isEqualTo("DONE");
        assertThat(rebuilt.getString("kind")).isEqualTo("REBUILD");
        assertThat(rebuilt.getJsonObject("result").getJsonNumber("events").longValue())
                .isGreaterThanOrEqualTo(progress.getJsonNumber("events").longValue());
        JsonObject after = awaitJob(operator, operator.get("rollups/" + TOP + "/consistency?" + period));
        assertThat(after.getJsonObject("result").getJsonArray("differences"))
                .as("a rebuild changes nothing that was right")
                .isEmpty();

        Centers.person("k.stranger", PASSWORD, "510105:official");
        Centers.person("k.mediator", PASSWORD, "510104:mediator");
        String job = again.header("Location").replaceFirst(".*/api/v1/", "");
        for (String outsider : List.of("k.stranger", "k.mediator")) {
            ApiClient client = Centers.api("cases", PlatformStack.stack().token(outsider, PASSWORD));
            for (String query : List.of(period, "period=WEEK&date=%2B999999999-12-31", "period=NONE")) {
                assertThat(client.get("rollups/510104/consistency?" + query).status())
                        .as(outsider + " " + query)
                        .isEqualTo(404);
            }
            assertThat(client.get(job).status()).as(outsider + " reads the job").isEqualTo(404);
            assertThat(client.post("rollups/" + TOP + "/rebuild", "{}").status())
                    .isEqualTo(404);
        }
        ApiClient official = Centers.api("cases", PlatformStack.stack().token("k.stranger", PASSWORD));
        assertThat(official.get(job.replace("rollups/" + TOP, "rollups/510105")).status())
                .as("a job is read through its own area only")
                .isEqualTo(404);
        assertThat(official.post("rollups/510105/rebuild", "{}").status())
                .as("only the platform operator rebuilds")
                .isEqualTo(403);
        assertThat(operator.get("rollups/" + TOP + "/jobs/not-a-job").status()).isEqualTo(404);
    }

    /**
     * #13: a job whose instance stopped (its lease ran out) is taken over and finished; one
     * interrupted three times is failed with a reason.
     */
    @Test
    @DisplayName("#13 a job left running by a stopped instance is resumed; one interrupted three times fails")
    void abandonedJobs() throws Exception {
        Centers.open("520000", "贵州省", null, null);
        Centers.open("520100", "贵阳市", "520000", null);
        java.util.UUID resumed = java.util.UUID.randomUUID();
        java.util.UUID given = java.util.UUID.randomUUID();
        try (java.sql.Connection db = PlatformStack.stack().connect();
                java.sql.PreparedStatement insert = db.prepareStatement("insert into platform.rollup_job"
                        + " (id, area_code, kind, period_kind, period_from, period_to, state, started_by, started_at,"
                        + " attempts, lease_owner, lease_until) values (?, ?, 'CONSISTENCY', 'MONTH', date '2026-01-01',"
                        + " date '2026-01-31', 'RUNNING', 'operator', now() - interval '5 minutes', ?, 'stopped-instance',"
                        + " now() - interval '1 minute')")) {
            insert.setObject(1, resumed);
            insert.setString(2, "520000");
            insert.setInt(3, 1);
            insert.executeUpdate();
            insert.setObject(1, given);
            insert.setString(2, "520100");
            insert.setInt(3, 3);
            insert.executeUpdate();
        }
        ApiClient operator = Centers.api("cases", Centers.operator());
        JsonObject finished = awaitJob(operator, "rollups/520000/jobs/" + resumed);
        assertThat(finished.getString("state")).as(finished.toString()).isEqualTo("DONE");
        assertThat(finished.getJsonObject("result").getJsonArray("differences")).isEmpty();
        JsonObject failed = awaitJob(operator, "rollups/520100/jobs/" + given);
        assertThat(failed.getString("state")).isEqualTo("FAILED");
        assertThat(failed.getString("failure")).containsAnyOf("三次", "three times");
        assertThat(awaitJob(operator, operator.get("rollups/520100/consistency?period=DAY"))
                        .getString("state"))
                .as("the area is free again")
                .isEqualTo("DONE");
    }

    /** Follows a started job (202 + Location) until it is done or failed. */
    public static JsonObject awaitJob(ApiClient client, ApiClient.Response started) {
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).as("Location of the job").contains("/rollups/", "/jobs/");
        assertThat(started.json().getString("state")).isIn("QUEUED", "RUNNING", "DONE");
        return awaitJob(client, location.replaceFirst(".*/api/v1/", ""));
    }

    public static JsonObject awaitJob(ApiClient client, String job) {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        while (true) {
            ApiClient.Response answer = client.get(job);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonObject state = answer.json();
            if (state.getString("state").equals("DONE")
                    || state.getString("state").equals("FAILED")) {
                return state;
            }
            assertThat(System.nanoTime()).as("job still " + state).isLessThan(deadline);
            Centers.sleep(java.time.Duration.ofMillis(200));
        }
    }

    /** One case from the desk to wherever chance takes it, with refused moves in between. */
    private void runCase(Random random, Supplier<String> token) {
        Casework work = new Casework(token);
        String center = WORKPLACES.get(random.nextInt(WORKPLACES.size()));
        String caseId = work.open(
                center, pick(random, CATEGORIES), pick(random, CHANNELS), pick(random, GRADES), rooms.get(center));
        count("operations", 2);
        count("received", 1);
        boolean firstReceiver = true;
        while (true) {
            refusedMove(random, token, center, caseId);
            if (random.nextDouble() < 0.08) {
                return; // left waiting in the room
            }
            work.accept(center, caseId);
            count("operations", 1);
            if (firstReceiver) {
                count("accepted", 1);
            }
            retried(
                    random,
                    token,
                    center,
                    caseId,
                    "accept",
                    Json.createObjectBuilder().build());
            if (random.nextDouble() < 0.15) {
                ApiClient.Response regraded = Desk.cases(token.get())
                        .put(
                                "t/" + center + "/cases/" + caseId + "/grade",
                                Json.createObjectBuilder()
                                        .add("grade", pick(random, GRADES))
                                        .add("reason", "复核分级")
                                        .build()
                                        .toString());
                assertThat(regraded.status()).as(regraded.toString()).isEqualTo(200);
                count("operations", 1);
            }
            String parent = PARENTS.get(center);
            if (parent != null && random.nextDouble() < 0.2) {
                work.escalate(center, caseId);
                count("operations", 1);
                count("escalatedIn", 1);
                center = parent;
                firstReceiver = false;
                continue;
            }
            refusedMove(random, token, center, caseId);
            if (random.nextDouble() < 0.08) {
                return; // still being mediated
            }
            if (random.nextDouble() < 0.65) {
                work.resolve(center, caseId);
                count("resolved", 1);
                retried(random, token, center, caseId, "resolve", Casework.agreement());
            } else {
                work.refer(center, caseId);
                count("notResolved", 1);
                retried(random, token, center, caseId, "refer", Casework.referral());
            }
            count("operations", 1);
            if (random.nextDouble() < 0.75) {
                String answer = pick(random, ANSWERS);
                work.followUp(center, caseId, answer);
                count("operations", 1);
                count("followedUp", 1);
                count(counterOf(answer), 1);
                retried(random, token, center, caseId, "follow-up", Casework.followUpOf(answer));
                if (random.nextDouble() < 0.8) {
                    work.close(center, caseId);
                    count("operations", 1);
                    count("archived", 1);
                }
            }
            return;
        }
    }

    /** Sometimes: a move the case refuses (wrong state, bad input, wrong center); nothing may change. */
    private void refusedMove(Random random, Supplier<String> token, String center, String caseId) {
        if (random.nextDouble() >= 0.4) {
            return;
        }
        ApiClient cases = Desk.cases(token.get());
        String base = "t/" + center + "/cases/" + caseId + "/";
        ApiClient.Response refused = switch (random.nextInt(5)) {
            case 0 -> cases.post(base + "close", "{}");
            case 1 -> cases.post(base + "resolve", "{}");
            case 2 -> cases.post(base + "follow-up", "{\"satisfaction\":\"HAPPY\"}");
            case 3 -> {
                String elsewhere = WORKPLACES.stream()
                        .filter(other -> !other.equals(center))
                        .toList()
                        .get(random.nextInt(WORKPLACES.size() - 1));
                yield cases.post("t/" + elsewhere + "/cases/" + caseId + "/accept", "{}");
            }
            default ->
                Desk.reception(token.get())
                        .post(
                                "t/" + center + "/matters",
                                Casework.matter("divorce", "WALK_IN", "SPECIALIST", rooms.get(center))
                                        .add(
                                                "parties",
                                                Json.createArrayBuilder()
                                                        .add(Json.createObjectBuilder()
                                                                .add("role", "APPLICANT")
                                                                .add("name", "测试")
                                                                .add("idNumber", "370102198805150022")))
                                        .build()
                                        .toString());
        };
        assertThat(refused.status()).as(refused.toString()).isBetween(400, 499);
        count("operations", 1);
        count("refused", 1);
    }

    /** Sometimes: the client retries a move that already succeeded (its answer was lost); refused, nothing doubled. */
    private void retried(
            Random random, Supplier<String> token, String center, String caseId, String action, JsonObject body) {
        if (random.nextDouble() >= 0.2) {
            return;
        }
        ApiClient.Response again =
                Desk.cases(token.get()).post("t/" + center + "/cases/" + caseId + "/" + action, body.toString());
        assertThat(again.status()).as(action + " again: " + again).isEqualTo(409);
        count("operations", 1);
        count("refused", 1);
    }

    private static String counterOf(String answer) {
        return switch (answer) {
            case "VERY_SATISFIED" -> "verySatisfied";
            case "SATISFIED" -> "satisfied";
            case "NEUTRAL" -> "neutral";
            default -> "dissatisfied";
        };
    }

    private void count(String counter, long amount) {
        ledger.computeIfAbsent(counter, key -> new AtomicLong()).addAndGet(amount);
    }

    private long counted(String counter) {
        return ledger.getOrDefault(counter, new AtomicLong()).get();
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** A token renewed well before its five minutes are up. */
    static final class FreshToken implements Supplier<String> {
        private final String username;
        private final String password;
        private String token;
        private Instant renewAt = Instant.MIN;

        FreshToken(String username, String password) {
            this.username = username;
            this.password = password;
        }

        @Override
        public synchronized String get() {
            if (Instant.now().isAfter(renewAt)) {
                token = PlatformStack.stack().token(username, password);
                renewAt = Instant.now().plusSeconds(120);
            }
            return token;
        }
    }
}
