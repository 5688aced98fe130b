package org.onedoor.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Issue #3 benchmarks: platform start-up with about 1,000 and 5,000 provisioned centers (time until
 * every module is ready, heap in use, memory per center), and re-running every module's migrations
 * across all centers when there is nothing to do (a plain restart) and when one new migration exists.
 *
 * <p>Centers beyond the first are seeded by copying a center that was provisioned through the API
 * (its tables and its Flyway history rows), which is the state provisioning leaves, only faster.
 */
public final class StartupBench {

    private static final String TEMPLATE = "420101";
    private static final Pattern PASS =
            Pattern.compile("(\\w+): (\\d+) center schema\\(s\\) up to date in (\\d+) ms \\((\\d+) migrated\\)");

    public static void main(String[] args) throws Exception {
        try (BenchPlatform platform = new BenchPlatform()) {
            platform.startPayara(null);
            String token = platform.operator();
            platform.create(token, "420000", "湖北省", null);
            platform.awaitActive(token, "420000");
            platform.create(token, "420100", "武汉市", "420000");
            platform.awaitActive(token, "420100");
            platform.create(token, TEMPLATE, "模板区", "420100");
            platform.awaitActive(token, TEMPLATE);
            platform.stopPayara();

            int communities = 0;
            int round = 0;
            for (String size : System.getProperty("bench.centers", "1000,5000").split(",")) {
                int target = Integer.parseInt(size.strip());
                long started = System.nanoTime();
                int seeded = seed(platform, communities, target);
                communities = target;
                System.out.printf("seeded %d centers in %.0f s%n", seeded, (System.nanoTime() - started) / 1e9);
                // each round brings its own new migration; the template gets it too, so later copies have it
                List<Path> upgraded = withNewMigration(platform.work(), 900 + round++);
                measure(platform, seeded, previous, "restart, nothing to migrate");
                measure(platform, seeded, upgraded, "one new admin migration");
                previous = upgraded;
            }
        }
    }

    private static void measure(BenchPlatform platform, int centers, List<Path> wars, String what) throws Exception {
        Path log = platform.work().resolve("logs/payara.log");
        Files.deleteIfExists(log);
        double ready = platform.startPayara(wars);
        double heap = platform.payaraHeapAfterGcMb();
        List<String> passes = new ArrayList<>();
        Matcher pass = PASS.matcher(Files.readString(log));
        while (pass.find()) {
            passes.add(pass.group(1) + " " + pass.group(3) + " ms (" + pass.group(4) + " migrated)");
        }
        System.out.printf(
                "%d centers, %s (%s): ready after %.1f s, heap after GC %.0f MB; migration passes: %s%n",
                centers + 3, what, BenchPlatform.machine(), ready, heap, passes);
        platform.stopPayara();
    }

    /**
     * Copies the template center into communities {@code already}…{@code target - 1} (100 per street,
     * streets made as needed); returns how many centers were seeded in all (communities and streets).
     */
    private static int seed(BenchPlatform platform, int already, int target) throws SQLException {
        try (Connection db = platform.stack.connect()) {
            try (Statement sql = db.createStatement()) {
                sql.execute(CLONE_FUNCTION);
            }
            db.setAutoCommit(false);
            try (PreparedStatement clone = db.prepareStatement("select pg_temp.clone_center(?, ?, ?, ?)")) {
                for (int n = already; n < target; n++) {
                    String street = String.format("%s%03d", TEMPLATE, n / 100 + 1);
                    if (n % 100 == 0) {
                        clone(clone, street, "街道" + street, TEMPLATE);
                    }
                    String community = String.format("%s%03d", street, n % 100 + 1);
                    clone(clone, community, "社区" + community, street);
                    if (n % 50 == 49) {
                        db.commit();
                    }
                }
            }
            db.commit();
        }
        return target + (target + 99) / 100;
    }

    private static void clone(PreparedStatement clone, String code, String name, String parent) throws SQLException {
        clone(clone, "t_" + TEMPLATE, code, name, parent);
    }

    /** Copies the schema {@code template} into a new open center (a street when 9 digits, else a community). */
    static void clone(PreparedStatement clone, String template, String code, String name, String parent)
            throws SQLException {
        clone.setString(1, template);
        clone.setString(2, code);
        clone.setString(3, name);
        clone.setString(4, parent);
        clone.executeQuery().close();
    }

    static final String CLONE_FUNCTION = """
            create or replace function pg_temp.clone_center(template text, code text, name text, parent text)
            returns void language plpgsql as $$
            declare
                target text := 't_' || code;
                source record;
            begin
                execute format('create schema %I', target);
                for source in select tablename from pg_tables where schemaname = template loop
                    execute format('create table %I.%I (like %I.%I including all)',
                                   target, source.tablename, template, source.tablename);
                    if source.tablename like 'flyway_%' then
                        execute format('insert into %I.%I select * from %I.%I',
                                       target, source.tablename, template, source.tablename);
                    end if;
                end loop;
                insert into platform.tenant (code, name, level, parent_code, status, schema_name, created_by, updated_by)
                values (code, name, case length(code) when 9 then 'STREET' else 'COMMUNITY' end, parent, 'ACTIVE',
                        target, 'bench', 'bench');
                insert into platform.tenant_provisioning (tenant_code, step, status, detail, finished_at)
                select code, p.step, 'DONE', 'seeded by the benchmark', now()
                from platform.tenant_provisioning p where p.tenant_code = substring(template from 3);
            end $$
            """;

    /** The WARs of the previous round (null: as built), whose migrations every center already has. */
    private static List<Path> previous;

    /** The built modules, the administration module with one more tenant migration, {@code V<version>}. */
    private static List<Path> withNewMigration(Path work, int version) throws IOException {
        List<Path> wars = new ArrayList<>(previous == null ? BenchPlatform.builtWars() : previous);
        Path upgraded = work.resolve("admin-with-migration-" + version + ".war");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(wars.get(0)));
                OutputStream file = Files.newOutputStream(upgraded);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("WEB-INF/classes/db/tenant/admin/V" + version + "__bench_new_migration.sql"));
            out.write(("alter table center_profile add column bench_" + version + " varchar(200);")
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        wars.set(0, upgraded);
        return wars;
    }

    private StartupBench() {}
}
