package org.onedoor.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Issue #5: the statistics at province scale. Ten districts are provisioned through the API, 990
 * streets and communities are copied from one of them (as StartupBench does), and every one of the
 * 1,000 centers gets 500 case files with their timelines, spread over the last 90 days, written
 * straight into its schema; the operator's rebuild then counts all of them into the read model
 * through the application. Then, over HTTP with an official's token: the province dashboard for the
 * year and a district drill-down, 200 times each after a warm-up, and a consistency check of one
 * district. Prints seeding and rebuild rates and p50/p95 of each query.
 *
 * <p>Tree: 湖北省 420000 → 武汉市 420100 → 10 districts 420101…420110 → 9 streets each → 10
 * communities per street.
 */
public final class RollupsBench {

    static final int DISTRICTS = 10;
    static final int STREETS = 9;
    static final int COMMUNITIES = 10;
    static final int CASES = Integer.getInteger("bench.cases", 500);
    static final int RUNS = 200;

    public static void main(String[] args) throws Exception {
        try (BenchPlatform platform = new BenchPlatform()) {
            platform.startPayara(null);
            String operator = platform.operator();
            platform.create(operator, "420000", "湖北省", null);
            platform.awaitActive(operator, "420000");
            platform.create(operator, "420100", "武汉市", "420000");
            platform.awaitActive(operator, "420100");
            List<String> districts = new ArrayList<>();
            for (int d = 1; d <= DISTRICTS; d++) {
                String code = String.format("4201%02d", d);
                platform.create(operator, code, "区" + code, "420100");
                platform.awaitActive(operator, code);
                districts.add(code);
            }
            List<String> centers = new ArrayList<>(districts);
            long started = System.nanoTime();
            try (Connection db = platform.stack.connect()) {
                copyCenters(db, districts, centers);
                double copied = (System.nanoTime() - started) / 1e9;
                long seeding = System.nanoTime();
                seedCases(db, centers);
                double seeded = (System.nanoTime() - seeding) / 1e9;
                System.out.printf(
                        "seeded %d centers (%d copied in %.0f s) with %d case files each: %d case files in %.0f s,"
                                + " %.0f case files per second%n",
                        centers.size(),
                        centers.size() - DISTRICTS,
                        copied,
                        CASES,
                        (long) centers.size() * CASES,
                        seeded,
                        centers.size() * (double) CASES / seeded);
            }
            // the copies were made around the application: restart so every module sees the whole tree
            platform.stopPayara();
            platform.startPayara(null);

            HttpClient http = HttpClient.newHttpClient();
            long rebuilding = System.nanoTime();
            JsonObject rebuilt = job(http, platform, "POST", "rollups/420000/rebuild");
            double rebuild = (System.nanoTime() - rebuilding) / 1e9;
            System.out.printf(
                    "rebuild of the read model: %d centers, %d timeline entries in %.0f s (%.0f entries per second)%n",
                    rebuilt.getInt("centers"),
                    rebuilt.getJsonNumber("events").longValue(),
                    rebuild,
                    rebuilt.getJsonNumber("events").longValue() / rebuild);

            String official = platform.person("bench.official", "420000", "official");
            measure(http, platform, official, "province dashboard, this year", List.of("rollups/420000?period=YEAR"));
            measure(
                    http,
                    platform,
                    official,
                    "district drill-down, this year",
                    districts.stream()
                            .map(code -> "rollups/" + code + "?period=YEAR")
                            .toList());
            measure(
                    http,
                    platform,
                    official,
                    "street drill-down, this quarter",
                    districts.stream()
                            .map(code -> "rollups/" + code + "001?period=QUARTER")
                            .toList());
            long checking = System.nanoTime();
            JsonObject check = job(http, platform, "GET", "rollups/420101/consistency?period=YEAR");
            System.out.printf(
                    "consistency check of a district (%d centers, %d entries): %d differences in %.1f s%n",
                    check.getInt("centers"),
                    check.getJsonNumber("events").longValue(),
                    check.getJsonArray("differences").size(),
                    (System.nanoTime() - checking) / 1e9);
        }
    }

    /** 9 streets under each district and 10 communities under each street, copied from the first district. */
    private static void copyCenters(Connection db, List<String> districts, List<String> centers) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute(StartupBench.CLONE_FUNCTION);
        }
        db.setAutoCommit(false);
        try (PreparedStatement clone = db.prepareStatement("select pg_temp.clone_center(?, ?, ?, ?)")) {
            for (String district : districts) {
                for (int s = 1; s <= STREETS; s++) {
                    String street = String.format("%s%03d", district, s);
                    StartupBench.clone(clone, "t_" + districts.get(0), street, "街道" + street, district);
                    centers.add(street);
                    for (int c = 1; c <= COMMUNITIES; c++) {
                        String community = String.format("%s%03d", street, c);
                        StartupBench.clone(clone, "t_" + districts.get(0), community, "社区" + community, street);
                        centers.add(community);
                    }
                }
                db.commit();
            }
        }
        db.commit();
    }

    private static void seedCases(Connection db, List<String> centers) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute(SEED_FUNCTION);
        }
        try (PreparedStatement seed = db.prepareStatement("select pg_temp.seed_cases(?, ?)")) {
            for (String center : centers) {
                seed.setString(1, center);
                seed.setInt(2, CASES);
                seed.executeQuery().close();
                db.commit();
            }
        }
    }

    private static void measure(HttpClient http, BenchPlatform platform, String token, String what, List<String> paths)
            throws Exception {
        for (int i = 0; i < 20; i++) {
            call(http, platform, token, "GET", paths.get(i % paths.size()));
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            call(http, platform, token, "GET", paths.get(i % paths.size()));
            millis.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(
                "%s (%s): p50 %.0f ms, p95 %.0f ms, max %.0f ms over %d requests%n",
                what,
                BenchPlatform.machine(),
                ProvisioningBench.percentile(millis, 50),
                ProvisioningBench.percentile(millis, 95),
                millis.get(millis.size() - 1),
                RUNS);
    }

    /** Starts a statistics job (202 + Location) and follows it to its end; its result. */
    private static JsonObject job(HttpClient http, BenchPlatform platform, String method, String path)
            throws Exception {
        HttpResponse<String> started = send(http, platform, platform.operator(), method, path);
        if (started.statusCode() != 202) {
            throw new IllegalStateException(method + " " + path + ": " + started.statusCode() + " " + started.body());
        }
        String job = started.headers().firstValue("Location").orElseThrow().replaceFirst(".*/api/v1/", "");
        while (true) {
            // a fresh token each time: a rebuild outlasts one
            JsonObject state = call(http, platform, platform.operator(), "GET", job);
            switch (state.getString("state")) {
                case "DONE" -> {
                    return state.getJsonObject("result");
                }
                case "FAILED" -> throw new IllegalStateException(path + " failed: " + state);
                default -> Thread.sleep(1_000);
            }
        }
    }

    private static HttpResponse<String> send(
            HttpClient http, BenchPlatform platform, String token, String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + platform.stack.platformPort() + "/cases/api/v1/" + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .timeout(Duration.ofMinutes(60))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject call(HttpClient http, BenchPlatform platform, String token, String method, String path)
            throws Exception {
        HttpResponse<String> answer = send(http, platform, token, method, path);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        }
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    /**
     * {@code count} case files in the center's schema, registered over the last 90 days, with the
     * timeline a desk and a mediator would leave: registered, accepted, then (mostly) resolved or
     * not, followed up, closed. Categories, channels, grades and outcomes vary.
     */
    static final String SEED_FUNCTION = """
            create or replace function pg_temp.seed_cases(center text, count integer)
            returns void language plpgsql as $$
            declare
                target text := 't_' || center;
            begin
                execute format($sql$
                    insert into %1$I.case_file (id, number, matter_id, first_receiver, category_code, category_name,
                        channel, grade, risk_level, description, state, registered_at, registered_by, opened_at)
                    select gen_random_uuid(), 'B' || n, gen_random_uuid(), %2$L,
                        (array['divorce','neighbour','labour','property-management','medical','consumer','land',
                               'support'])[k], (array['离婚纠纷','邻里纠纷','劳动争议','物业纠纷','医疗纠纷','消费纠纷',
                               '土地及征收拆迁纠纷','赡养抚养纠纷'])[k],
                        (array['WALK_IN','WALK_IN','PHONE','HOTLINE_12345','GRID_REPORT','ONLINE'])[1 + (n %% 6)],
                        (array['ORDINARY','SPECIALIST','SPECIAL','COMMUNITY'])[1 + (n %% 4)],
                        'LOW', '基准测试', 'CLOSED', at, 'bench', at
                    from (select n, 1 + (n * 7 %% 8) as k,
                                 now() - random() * interval '90 days' as at
                          from generate_series(1, %3$s) n) seeds
                    $sql$, target, center, count);
                execute format($sql$
                    insert into %1$I.case_event (id, case_id, at, actor, center_code, action, detail, grade)
                    select gen_random_uuid(), c.id, e.at, 'bench', %2$L, e.action, e.detail, c.grade
                    from %1$I.case_file c,
                         lateral (select (abs(hashtext(c.id::text)) %% 1000) / 1000.0 as outcome,
                                         abs(hashtext(c.number)) %% 41 as days) r,
                         lateral (values
                            ('REGISTERED', c.registered_at, null),
                            ('ACCEPTED', c.registered_at + interval '1 hour', null),
                            (case when r.outcome < 0.7 then 'RESOLVED' when r.outcome < 0.9 then 'NOT_RESOLVED' end,
                             c.registered_at + r.days * interval '1 day', null),
                            (case when r.outcome < 0.8 then 'FOLLOWED_UP' end,
                             c.registered_at + (r.days + 2) * interval '1 day',
                             (array['VERY_SATISFIED','SATISFIED','SATISFIED','NEUTRAL','DISSATISFIED'])
                                 [1 + floor(random() * 5)::int]),
                            (case when r.outcome < 0.6 then 'CLOSED' end,
                             c.registered_at + (r.days + 3) * interval '1 day', null)) e(action, at, detail)
                    where e.action is not null and e.at < now()
                    $sql$, target, center);
            end $$
            """;

    private RollupsBench() {}
}
