package org.onedoor.rollups;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
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
class ConsistencyIT {

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
            ApiClient.Response check = operator.get("rollups/" + area + "/consistency?" + RollupsIT.period());
            assertThat(check.status()).as(check.toString()).isEqualTo(200);
            assertThat(check.json().getJsonArray("differences"))
                    .as(area + ": " + check)
                    .isEmpty();
            assertThat(check.json().getInt("events")).isPositive();
        }

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
