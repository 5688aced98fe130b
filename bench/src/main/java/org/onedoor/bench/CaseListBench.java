package org.onedoor.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue #14.6: one center with {@value #DEFAULT_CASES} case files (written straight into its schema,
 * spread over a year, eight rooms, every state), listed through the API as a mediator would: the
 * newest page, one state, one room, a ticket search, one month, and a deep page. Each query 200
 * times, one after the other, after 50 rounds of all six to warm up and 20 more of the query
 * itself; prints p50/p99 and the total it found.
 */
public final class CaseListBench {

    static final int DEFAULT_CASES = 100_000;
    static final int CASES = Integer.getInteger("bench.cases", DEFAULT_CASES);
    static final int RUNS = 200;
    static final int WARM_UP_ROUNDS = 50;
    static final String CENTER = "420102";

    public static void main(String[] args) throws Exception {
        try (BenchPlatform platform = new BenchPlatform()) {
            platform.startPayara(null);
            String operator = platform.operator();
            platform.create(operator, "420000", "湖北省", null);
            platform.awaitActive(operator, "420000");
            platform.create(operator, "420100", "武汉市", "420000");
            platform.awaitActive(operator, "420100");
            platform.create(operator, CENTER, "江岸区", "420100");
            platform.awaitActive(operator, CENTER);
            platform.person("bench.mediator", CENTER, "mediator");
            long seeding = System.nanoTime();
            try (Connection db = platform.stack.connect();
                    Statement sql = db.createStatement()) {
                sql.execute("insert into t_" + CENTER + ".case_file (id, number, matter_id, ticket, first_receiver,"
                        + " category_code, category_name, channel, grade, risk_level, description, room_id, room_name,"
                        + " state, registered_at, registered_by, opened_at)"
                        + " select gen_random_uuid(), '(2026)鄂0102调' || n, gen_random_uuid(),"
                        + " 'A' || lpad((n % 1000)::text, 3, '0'), '" + CENTER + "', 'divorce', '离婚纠纷', 'WALK_IN',"
                        + " 'ORDINARY', 'LOW', '基准测试', md5('room-' || (n % 8))::uuid, '调解室' || (n % 8),"
                        + " (array['DISPATCHED','ACCEPTED','RESOLVED','NOT_RESOLVED','FOLLOWED_UP','CLOSED'])"
                        + "[1 + (n % 6)], at, 'bench', at"
                        + " from (select n, now() - (n * interval '315 seconds') as at"
                        + " from generate_series(1, " + CASES + ") n) seeds");
                sql.execute("analyze t_" + CENTER + ".case_file");
                if (!db.getAutoCommit()) {
                    db.commit();
                }
            }
            System.out.printf("seeded %,d case files in %.1f s%n", CASES, (System.nanoTime() - seeding) / 1e9);
            String roomId = md5Uuid("room-3");
            LocalDate lastMonth = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
            HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "t/" + CENTER + "/cases?size=50";
            Map<String, String> queries = new LinkedHashMap<>();
            queries.put("newest page", base);
            queries.put("one state", base + "&state=ACCEPTED");
            queries.put("one room", base + "&room=" + roomId);
            queries.put("ticket search", base + "&q=A123");
            queries.put(
                    "one month",
                    base + "&from=" + lastMonth.withDayOfMonth(1) + "&to="
                            + lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()));
            queries.put("page 100", base + "&page=100");
            // the first query measured used to pay for the JIT and the pools: warm them all up first
            String token = platform.stack.token("bench.mediator", "Bench-bench.mediator-2026");
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (String path : queries.values()) {
                    call(http, platform, token, path);
                }
            }
            for (Map.Entry<String, String> query : queries.entrySet()) {
                measure(http, platform, query.getKey(), query.getValue());
            }
        }
    }

    /** PostgreSQL's md5(text)::uuid, the rooms' ids the seed wrote. */
    static String md5Uuid(String text) throws Exception {
        byte[] md5 = java.security.MessageDigest.getInstance("MD5").digest(text.getBytes());
        StringBuilder hex = new StringBuilder();
        for (byte b : md5) {
            hex.append(String.format("%02x", b));
        }
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    private static void measure(HttpClient http, BenchPlatform platform, String what, String path) throws Exception {
        // a fresh token for each query: the whole run outlasts one
        String token = platform.stack.token("bench.mediator", "Bench-bench.mediator-2026");
        JsonObject answer = null;
        for (int i = 0; i < 20; i++) {
            answer = call(http, platform, token, path);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            call(http, platform, token, path);
            millis.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(
                "%-14s total %,7d, %2d items: p50 %5.1f ms, p99 %5.1f ms, max %5.1f ms over %d requests (%s)%n",
                what,
                answer.getJsonNumber("total").longValue(),
                answer.getJsonArray("items").size(),
                ProvisioningBench.percentile(millis, 50),
                ProvisioningBench.percentile(millis, 99),
                millis.get(millis.size() - 1),
                RUNS,
                BenchPlatform.machine());
    }

    private static JsonObject call(HttpClient http, BenchPlatform platform, String token, String path)
            throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + platform.stack.platformPort() + "/cases/api/v1/" + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private CaseListBench() {}
}
