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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Issue #15.5 benchmark: the deadline pass over many centers with open cases.
 *
 * <p>湖北省 → 武汉市 → 江岸区 → 大智街道 (the desk's street, with a room and receptionists) and a template
 * district are provisioned through the API; the template's schemas are copied into
 * {@code bench.centers} (default 25,000) communities under streets of 100 (as StartupBench does), and
 * each copy gets {@code bench.cases} (200) open case files (DISPATCHED or ACCEPTED, clocks running:
 * ON_TIME, yellow and red instants spread so that a pass as at the seeding instant T turns 5% yellow
 * and 2% red, and each day later about 7% more cross a line) written by SQL. Payara is restarted and
 * the platform operator runs {@code POST /cases/api/v1/deadlines/passes?at=…}:
 *
 * <ol>
 *   <li>as at T (the first pass after start: marks 5% + 2%);
 *   <li>as at T again (nothing left to mark: the cost of looking);
 *   <li>as at T + 1 day (marks about 5% yellow and 7% red);
 *   <li>as at T + 2 days while registrations + dispatches arrive at the desk at {@code bench.desk-rate}
 *       per second; the desk's latency is compared with the same load and no pass.
 * </ol>
 *
 * Each pass prints its time, what it marked, PostgreSQL's work (pg_stat_database deltas), the growth
 * of PostgreSQL's private memory, and the CPU split. Last, the marking statement itself is timed
 * through JDBC on a sample of centers (rolled back), on a fresh connection and again on the same one:
 * the database's share of a center's time. Several sizes ({@code -Dbench.centers=5000,10000}) are
 * measured one after the other, the marks of the previous size reset.
 */
public final class DeadlinePassBench {

    private static final String DESK = "420102001";
    private static final String TEMPLATE = "420101";
    private static final int CASES = Integer.getInteger("bench.cases", 200);
    private static final int DESK_RATE = Integer.getInteger("bench.desk-rate", 5);
    private static final Duration DESK_WINDOW = Duration.ofSeconds(Long.getLong("bench.desk-seconds", 30));
    private static final int SAMPLE = Integer.getInteger("bench.sample", 1000);
    private static final int THREADS = 2;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public static void main(String[] args) throws Exception {
        try (BenchPlatform platform = new BenchPlatform()) {
            platform.startPayara(null);
            platform.openStreet(DESK);
            String operator = platform.operator();
            platform.create(operator, TEMPLATE, "模板区", "420100");
            platform.awaitActive(operator, TEMPLATE);
            String admin = platform.person("bench.admin", DESK, "tenant-admin");
            DeskBench.room(platform, admin);
            List<String> desks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                platform.person("bench.desk" + i, DESK, "receptionist");
                desks.add("bench.desk" + i);
            }
            platform.stopPayara();

            Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            List<String> communities = new ArrayList<>();
            for (String size : System.getProperty("bench.centers", "25000").split(",")) {
                int target = Integer.parseInt(size.strip());
                try (Connection db = platform.stack.connect()) {
                    if (!communities.isEmpty()) {
                        long resetting = System.nanoTime();
                        reset(platform, communities);
                        System.out.printf(
                                "reset the marks of %d centers in %.0f s%n",
                                communities.size(), (System.nanoTime() - resetting) / 1e9);
                    }
                    int already = communities.size();
                    long seeding = System.nanoTime();
                    List<String> added = copyCenters(platform, already, target);
                    double copied = (System.nanoTime() - seeding) / 1e9;
                    long casing = System.nanoTime();
                    seedCases(
                            platform,
                            added.stream().filter(code -> code.length() == 12).toList(),
                            base);
                    double cased = (System.nanoTime() - casing) / 1e9;
                    communities.addAll(
                            added.stream().filter(code -> code.length() == 12).toList());
                    System.out.printf(
                            "seeded %d centers (copied in %.0f s) and %d open case files each in %.0f s"
                                    + " (%.0f case files per second); %s%n",
                            added.size(),
                            copied,
                            CASES,
                            cased,
                            communities.size() == already ? 0 : (communities.size() - already) * (double) CASES / cased,
                            catalog(db));
                }
                System.out.printf(
                        "%d communities with %d open cases each: Payara ready in %.1f s%n",
                        communities.size(), CASES, platform.startPayara(null));
                measure(platform, desks, communities, base);
                platform.stopPayara();
            }
        }
    }

    private static void measure(BenchPlatform platform, List<String> desks, List<String> communities, Instant base)
            throws Exception {
        String casesUrl = "http://localhost:" + platform.stack.platformPort() + "/cases/api/v1/";
        String deskUrl = "http://localhost:" + platform.stack.platformPort() + "/reception/api/v1/t/" + DESK + "/";
        // warm the desk's code paths and the pass's (over the desk's district only: two centers)
        DeskLoad warmDesk = DeskLoad.start(platform, deskUrl, desks, DESK_RATE);
        sleep(Duration.ofSeconds(20));
        warmDesk.stop();
        for (int i = 0; i < 3; i++) {
            runPass(platform, casesUrl, base.minus(Duration.ofDays(30)).toString(), "420102");
        }

        try (Connection db = platform.stack.connect()) {
            pass(platform, db, casesUrl, base, "as at T (first pass after start)");
            pass(platform, db, casesUrl, base, "as at T again (nothing to mark)");
            pass(platform, db, casesUrl, base.plus(Duration.ofDays(1)), "as at T + 1 day");
            pass(
                    platform,
                    db,
                    casesUrl,
                    base.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(1)),
                    "as at T + 1 day + 1 minute, only the centers with something due (the minute's pass)",
                    "DUE");

            DeskLoad quiet = DeskLoad.start(platform, deskUrl, desks, DESK_RATE);
            sleep(DESK_WINDOW);
            System.out.printf(
                    "desk without a pass (%d registrations + dispatches per second, %d s): %s%n",
                    DESK_RATE, DESK_WINDOW.toSeconds(), quiet.stop());

            DeskLoad busy = DeskLoad.start(platform, deskUrl, desks, DESK_RATE);
            pass(platform, db, casesUrl, base.plus(Duration.ofDays(2)), "as at T + 2 days, desk load running");
            System.out.printf(
                    "desk during that pass (%d registrations + dispatches per second): %s%n", DESK_RATE, busy.stop());

            direct(platform, communities, base.plus(Duration.ofDays(3)));
        }
    }

    /** One pass over every center through the operator's endpoint, with what it cost the database. */
    private static void pass(BenchPlatform platform, Connection db, String casesUrl, Instant at, String what)
            throws Exception {
        pass(platform, db, casesUrl, at, what, "ALL");
    }

    /** One pass over the centers of {@code scope} (ALL or DUE), with what it cost the database. */
    private static void pass(
            BenchPlatform platform, Connection db, String casesUrl, Instant at, String what, String scope)
            throws Exception {
        long[] before = databaseStats(db);
        long memoryBefore = postgresPrivateKb();
        CpuSplit cpu = new CpuSplit(platform.pid("payara"), platform.pid("keycloak"));
        long started = System.nanoTime();
        JsonObject report = runPass(platform, casesUrl, at + "&scope=" + scope, null);
        double seconds = (System.nanoTime() - started) / 1e9;
        String split = cpu.since();
        long memoryAfter = postgresPrivateKb();
        sleep(Duration.ofSeconds(3)); // backends flush their statistics at most once a second, when idle
        long[] after = databaseStats(db);
        int centers = report.getInt("centers");
        System.out.printf(
                "deadline pass %s (%s): %.1f s over %d centers (server %,d ms, %.2f ms per center);"
                        + " marked %,d due soon, %,d overdue, %,d notifications;"
                        + " PostgreSQL: %,d commits, %,d rows updated, %,d inserted, %,d fetched, %,d returned,"
                        + " %,d blocks read, %,d hit; PostgreSQL private memory %+,.0f MB (now %,.0f MB); CPU: %s%n",
                what,
                BenchPlatform.machine(),
                seconds,
                centers,
                report.getJsonNumber("millis").longValue(),
                report.getJsonNumber("millis").longValue() / (double) Math.max(1, centers),
                report.getJsonNumber("dueSoon").longValue(),
                report.getJsonNumber("overdue").longValue(),
                report.getJsonNumber("notifications").longValue(),
                after[0] - before[0],
                after[1] - before[1],
                after[2] - before[2],
                after[3] - before[3],
                after[4] - before[4],
                after[5] - before[5],
                after[6] - before[6],
                (memoryAfter - memoryBefore) / 1024.0,
                memoryAfter / 1024.0,
                split);
    }

    private static JsonObject runPass(BenchPlatform platform, String casesUrl, String at, String area)
            throws Exception {
        String query = "deadlines/passes?at=" + at + (area == null ? "" : "&area=" + area);
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(casesUrl + query))
                        .header("Authorization", "Bearer " + platform.operator())
                        .header("Accept", "application/json")
                        .timeout(Duration.ofMinutes(60))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(query + ": " + answer.statusCode() + " " + answer.body());
        }
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    /** commits, rows updated, inserted, fetched, returned, blocks read, blocks hit of this database so far. */
    private static long[] databaseStats(Connection db) throws SQLException {
        try (Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery(
                        "select xact_commit, tup_updated, tup_inserted, tup_fetched,"
                                + " tup_returned, blks_read, blks_hit from pg_stat_database where datname = current_database()")) {
            row.next();
            long[] stats = new long[7];
            for (int i = 0; i < stats.length; i++) {
                stats[i] = row.getLong(i + 1);
            }
            return stats;
        }
    }

    /** Private (anonymous) resident memory of all PostgreSQL processes, in kB: backends' caches, not shared buffers. */
    private static long postgresPrivateKb() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                    .filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(DeadlinePassBench::anonymousKbOfPostgres)
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long anonymousKbOfPostgres(Path process) {
        try {
            if (!Files.readString(process.resolve("comm")).strip().equals("postgres")) {
                return 0;
            }
            for (String line : Files.readAllLines(process.resolve("status"))) {
                if (line.startsWith("RssAnon:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return 0;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static String catalog(Connection db) throws SQLException {
        try (Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("select (select count(*) from pg_class),"
                        + " pg_database_size(current_database()) / 1048576")) {
            row.next();
            return String.format("catalog: %,d relations, database %,d MB", row.getLong(1), row.getLong(2));
        }
    }

    /**
     * The marking statement of {@code CenterMarking} run through JDBC on a sample of centers, each in a
     * transaction rolled back: first on a fresh connection (its caches cold, as each of Payara's pooled
     * connections is when it first meets a center), then again on the same one.
     */
    private static void direct(BenchPlatform platform, List<String> communities, Instant at) throws SQLException {
        int step = Math.max(1, communities.size() / SAMPLE);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < communities.size(); i += step) {
            sample.add(communities.get(i));
        }
        try (Connection db = platform.stack.connect()) {
            db.setAutoCommit(false);
            double cold = timeMarking(db, sample, at);
            double warm = timeMarking(db, sample, at);
            System.out.printf(
                    "the marking statement alone through JDBC, %d centers as at T + 3 days, rolled back: %.2f ms per"
                            + " center on a fresh connection, %.2f ms on the same connection again%n",
                    sample.size(), cold, warm);
        }
    }

    private static double timeMarking(Connection db, List<String> sample, Instant at) throws SQLException {
        long started = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            for (String code : sample) {
                try (ResultSet counts = sql.executeQuery(markingSql(code, "t_" + code, at))) {
                    counts.next();
                }
                db.rollback();
            }
        }
        return (System.nanoTime() - started) / 1e6 / sample.size();
    }

    /** {@code CenterMarking.mark}'s statement, with the instant and the center as literals. */
    static String markingSql(String center, String schema, Instant at) {
        String s = "\"" + schema.replace("\"", "\"\"") + "\".";
        String open = "('DISPATCHED', 'ACCEPTED')";
        String sql = "with marked as ("
                + " update " + s + "case_file c set clock_mark = m.next, version = c.version + 1"
                + " from (select id, case when due_at <= ?1 then 'OVERDUE' else 'DUE_SOON' end as next"
                + "   from " + s + "case_file"
                + "   where clock_mark in ('ON_TIME', 'DUE_SOON') and suspended_at is null and state in " + open
                + "   and (warn_at <= ?1 and clock_mark = 'ON_TIME' or due_at <= ?1)) m"
                + " where c.id = m.id and c.clock_mark in ('ON_TIME', 'DUE_SOON') and c.suspended_at is null"
                + " and c.state in " + open
                + " and (c.warn_at <= ?1 and c.clock_mark = 'ON_TIME' or c.due_at <= ?1)"
                + " returning c.id, c.number, c.room_id, c.assignee, c.grade, c.due_at, m.next as kind),"
                + " entries as (insert into " + s
                + "case_event (id, case_id, at, actor, center_code, action, detail, grade)"
                + " select gen_random_uuid(), id, ?1, 'onedoor', ?2, kind,"
                + " to_char(due_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), grade from marked returning 1),"
                + " worker as (insert into " + s
                + "notification (id, case_id, case_number, kind, detail, at, recipient,"
                + " recipient_room) select gen_random_uuid(), id, number, kind,"
                + " to_char(due_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), ?1, assignee,"
                + " case when assignee is null then room_id end from marked"
                + " where assignee is not null or room_id is not null returning 1),"
                + " leaders as (insert into " + s + "notification (id, case_id, case_number, kind, detail, at,"
                + " recipient_role) select gen_random_uuid(), id, number, kind,"
                + " to_char(due_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), ?1, 'leader'"
                + " from marked where kind = 'OVERDUE' returning 1),"
                + " backlog as (insert into platform.center_backlog (center_code, open_cases, overdue_open,"
                + " counted_at) select ?2, count(*), count(*) filter (where clock_mark = 'OVERDUE')"
                + " + (select count(*) from marked where kind = 'OVERDUE'), ?1 from " + s + "case_file"
                + " where state in " + open + " on conflict (center_code) do update set"
                + " open_cases = excluded.open_cases, overdue_open = excluded.overdue_open,"
                + " counted_at = excluded.counted_at returning 1)"
                + " select (select count(*) from marked where kind = 'DUE_SOON'),"
                + " (select count(*) from marked where kind = 'OVERDUE'),"
                + " (select count(*) from worker) + (select count(*) from leaders),"
                + " (select count(*) from entries), (select count(*) from backlog)";
        return sql.replace("?1", "'" + at + "'::timestamptz").replace("?2", "'" + center + "'");
    }

    // ---- seeding

    /**
     * Copies the template district into communities {@code already}…{@code target - 1} (100 per
     * street, streets made as needed) on {@link #THREADS} connections; the codes of the centers made.
     */
    private static List<String> copyCenters(BenchPlatform platform, int already, int target) throws Exception {
        List<String> made = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            running.add(threads.submit(() -> {
                try (Connection db = platform.stack.connect()) {
                    try (Statement sql = db.createStatement()) {
                        sql.execute(StartupBench.CLONE_FUNCTION);
                    }
                    db.setAutoCommit(false);
                    try (PreparedStatement clone = db.prepareStatement("select pg_temp.clone_center(?, ?, ?, ?)")) {
                        int done = 0;
                        for (int n = already; n < target; n++) {
                            // a street's communities on the thread that made the street
                            if ((n / 100) % THREADS != thread) {
                                continue;
                            }
                            String street = String.format("%s%03d", TEMPLATE, n / 100 + 1);
                            if (n % 100 == 0) {
                                StartupBench.clone(clone, "t_" + TEMPLATE, street, "街道" + street, TEMPLATE);
                                made.add(street);
                            }
                            String community = String.format("%s%03d", street, n % 100 + 1);
                            StartupBench.clone(clone, "t_" + TEMPLATE, community, "社区" + community, street);
                            made.add(community);
                            if (++done % 50 == 0) {
                                db.commit();
                            }
                        }
                    }
                    db.commit();
                }
                return null;
            }));
        }
        await(threads, running);
        return made;
    }

    /** {@link #CASES} open case files in each center, on {@link #THREADS} connections. */
    private static void seedCases(BenchPlatform platform, List<String> centers, Instant base) throws Exception {
        forEachCenter(
                platform, centers, SEED_FUNCTION, "select pg_temp.seed_open_cases(?, ?, ?::timestamptz)", call -> {
                    call.setInt(2, CASES);
                    call.setString(3, base.toString());
                });
    }

    /** Every case's clock running again (ON_TIME), the pass's entries and notifications gone. */
    private static void reset(BenchPlatform platform, List<String> centers) throws Exception {
        forEachCenter(platform, centers, RESET_FUNCTION, "select pg_temp.reset_marks(?)", call -> {});
    }

    private interface Parameters {
        void set(PreparedStatement call) throws SQLException;
    }

    private static void forEachCenter(
            BenchPlatform platform, List<String> centers, String function, String call, Parameters parameters)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            running.add(threads.submit(() -> {
                try (Connection db = platform.stack.connect()) {
                    try (Statement sql = db.createStatement()) {
                        sql.execute(function);
                    }
                    db.setAutoCommit(false);
                    try (PreparedStatement each = db.prepareStatement(call)) {
                        parameters.set(each);
                        for (int i = thread; i < centers.size(); i += THREADS) {
                            each.setString(1, centers.get(i));
                            each.executeQuery().close();
                            if (i % 40 == thread) {
                                db.commit();
                            }
                        }
                    }
                    db.commit();
                }
                return null;
            }));
        }
        await(threads, running);
    }

    private static void await(ExecutorService threads, List<Future<?>> running) throws Exception {
        try {
            for (Future<?> each : running) {
                each.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    /**
     * {@code count} open case files with running clocks: case k of n (in a scrambled order) turns
     * yellow at T + ((k + 0.5) / n − 0.07) × 14.3 days and red 17.16 hours (0.05 × 14.3 days) later, so
     * as at T 7% are past yellow (5% yellow, 2% red), and each day later about 7% more cross each line.
     * Half are accepted, half still dispatched; half assigned to a person, the others to one of three
     * rooms.
     */
    static final String SEED_FUNCTION = """
            create or replace function pg_temp.seed_open_cases(center text, count integer, t timestamptz)
            returns void language plpgsql as $$
            begin
                execute format($sql$
                    insert into %1$I.case_file (id, number, matter_id, first_receiver, category_code, category_name,
                        channel, grade, risk_level, description, room_id, room_name, state, registered_at,
                        registered_by, opened_at, limit_amount, limit_unit, limit_max_extensions,
                        limit_extension_amount, limit_effective_from, clock_started_at, due_at, due_day, warn_at,
                        clock_mark, assignee, assignee_name)
                    select gen_random_uuid(), '2026-' || lpad(n::text, 4, '0'), gen_random_uuid(), %2$L,
                        'property-management', '物业纠纷', 'WALK_IN', 'ORDINARY', 'LOW', '基准测试',
                        md5(%2$L || (n %% 3))::uuid, '调解室' || (n %% 3),
                        case when n %% 2 = 0 then 'ACCEPTED' else 'DISPATCHED' end,
                        warn - interval '20 days', 'bench', warn - interval '20 days',
                        30, 'CALENDAR_DAYS', 1, 15, warn - interval '60 days', warn - interval '20 days',
                        warn + interval '61776 seconds', (warn + interval '61776 seconds')::date, warn,
                        'ON_TIME', case when n %% 4 < 2 then 'bench.mediator' || (n %% 4) end,
                        case when n %% 4 < 2 then '调解员' end
                    from (select n, %3$L::timestamptz
                                 + (((n * 7919) %% %4$s + 0.5) / %4$s - 0.07) * interval '1235520 seconds' as warn
                          from generate_series(0, %4$s - 1) n) seeds
                    $sql$, 't_' || center, center, t, count);
            end $$
            """;

    static final String RESET_FUNCTION = """
            create or replace function pg_temp.reset_marks(center text)
            returns void language plpgsql as $$
            begin
                execute format('delete from %1$I.notification; delete from %1$I.case_event where actor = ''onedoor'';'
                    || ' update %1$I.case_file set clock_mark = ''ON_TIME'' where clock_mark <> ''ON_TIME''',
                    't_' || center);
            end $$
            """;

    // ---- the desk

    /** Registrations + dispatches offered at a constant rate (open loop) until stopped. */
    private static final class DeskLoad {
        private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final AtomicLong counter = new AtomicLong(System.currentTimeMillis() % 10_000_000 * 10);
        private Thread clock;
        private long startedNanos;

        static DeskLoad start(BenchPlatform platform, String base, List<String> desks, int rate) {
            DeskLoad load = new DeskLoad();
            List<String> tokens = desks.stream().map(platform::token).toList();
            load.startedNanos = System.nanoTime();
            load.clock = new Thread(() -> {
                long start = System.nanoTime();
                for (long i = 0; !load.stopped.get(); i++) {
                    long due = start + i * 1_000_000_000L / rate;
                    long left = due - System.nanoTime();
                    if (left > 0) {
                        try {
                            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    if (load.stopped.get()) {
                        return;
                    }
                    String token = tokens.get((int) (i % tokens.size()));
                    load.threads.submit(() -> {
                        if (load.operation(base, token, load.counter.incrementAndGet())) {
                            load.millis.add((System.nanoTime() - due) / 1e6);
                        } else {
                            load.failed.incrementAndGet();
                        }
                    });
                }
            });
            load.clock.start();
            return load;
        }

        /** Stops offering, waits for the answers; p50/p99/max of the operations. */
        String stop() throws InterruptedException {
            stopped.set(true);
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            clock.join();
            threads.shutdown();
            threads.awaitTermination(5, TimeUnit.MINUTES);
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return "no operation answered, " + failed.get() + " failed";
            }
            return String.format(
                    "%d operations in %.0f s, p50 %.0f ms, p99 %.0f ms, max %.0f ms, %d failed",
                    sorted.size(),
                    seconds,
                    ProvisioningBench.percentile(sorted, 50),
                    ProvisioningBench.percentile(sorted, 99),
                    sorted.get(sorted.size() - 1),
                    failed.get());
        }

        private boolean operation(String base, String token, long n) {
            try {
                HttpResponse<String> registered =
                        post(base + "matters", token, DeskBench.matter(n).toString());
                if (registered.statusCode() != 201) {
                    return false;
                }
                String id = Json.createReader(new StringReader(registered.body()))
                        .readObject()
                        .getString("id");
                return post(base + "matters/" + id + "/dispatch", token, "{}").statusCode() == 200;
            } catch (RuntimeException broken) {
                return false;
            }
        }

        private static HttpResponse<String> post(String url, String token, String body) {
            try {
                return HTTP.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofMinutes(2))
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
    }

    private static void sleep(Duration duration) {
        BenchPlatform.sleep(duration.toMillis());
    }

    private DeadlinePassBench() {}
}
