package org.onedoor.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.PayaraMicroServer;
import org.onedoor.stack.Ports;
import org.onedoor.stack.junit.PlatformStack;

/**
 * Issue #3.2: two platform instances start at the same moment on the same database, and their
 * administration module brings a new migration: each center's schema gets it exactly once (Flyway's
 * lock per schema and history table), no step fails, and centers opened while they start are
 * provisioned once each (the ledger's claims).
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class TwoInstancesStartingIT {

    private static final String MIGRATION = "db/tenant/admin/V900__two_instances_marker.sql";

    @Test
    @DisplayName(
            "#3.2 two instances starting at once migrate every center once and share new centers without doing any twice")
    void twoInstancesStartTogether() throws Exception {
        Centers.open("460000", "海南省", null, null);
        Centers.open("460100", "海口市", "460000", null);
        for (String district : List.of("460105", "460106", "460107")) {
            Centers.open(district, "区" + district, "460100", null);
        }
        Path work = Path.of(System.getProperty("onedoor.stack.work-dir", "target/stack"));
        List<Path> wars = new ArrayList<>(
                Arrays.stream(System.getProperty("onedoor.stack.wars").split(","))
                        .map(Path::of)
                        .toList());
        Path upgradedAdmin = work.resolve("admin-with-new-migration.war");
        withNewMigration(wars.get(0), upgradedAdmin);
        wars.set(0, upgradedAdmin);

        CompletableFuture<PayaraMicroServer> first = CompletableFuture.supplyAsync(() -> start(wars, work, "first"));
        CompletableFuture<PayaraMicroServer> second = CompletableFuture.supplyAsync(() -> start(wars, work, "second"));
        List<String> openedMeanwhile = List.of("460108", "460109", "460110", "460111");
        for (String district : openedMeanwhile) {
            assertThat(Centers.create(Centers.operator(), district, "区" + district, "460100", null)
                            .status())
                    .isEqualTo(201);
        }
        try (PayaraMicroServer one = first.get();
                PayaraMicroServer two = second.get()) {
            one.awaitReady(Duration.ofMinutes(6));
            two.awaitReady(Duration.ofMinutes(6));
            for (String district : openedMeanwhile) {
                JsonObject center = Centers.awaitStatus(district, "ACTIVE", Duration.ofSeconds(120));
                assertThat(center.getJsonArray("provisioning").getValuesAs(JsonObject.class))
                        .allSatisfy(step -> {
                            assertThat(step.getString("status")).isEqualTo("DONE");
                            assertThat(step.getInt("attempts"))
                                    .as("done once: %s", step)
                                    .isEqualTo(1);
                        });
            }
            try (Connection db = PlatformStack.stack().connect()) {
                for (String schema : activeSchemasMigratedAtStart(db, openedMeanwhile)) {
                    assertThat(appliedTimes(db, schema, "900"))
                            .as("V900 in %s", schema)
                            .isEqualTo(1);
                }
                assertThat(failedSteps(db)).isZero();
            }
        }
    }

    private static PayaraMicroServer start(List<Path> wars, Path work, String name) {
        return PayaraMicroServer.start(new PayaraMicroServer.Options(
                Path.of(System.getProperty("onedoor.stack.payara-micro")),
                wars,
                Ports.free(),
                PlatformStack.stack().moduleEnvironment(),
                work.resolve("logs/payara-" + name + ".log"),
                work.resolve("run/payara-" + name + ".pid")));
    }

    /** The open centers the new instances found at start-up (those opened meanwhile may come later). */
    private static List<String> activeSchemasMigratedAtStart(Connection db, List<String> openedMeanwhile)
            throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(
                "select code, schema_name from platform.tenant where status = 'ACTIVE' and created_at <"
                        + " (select min(created_at) from platform.tenant where code = any(?))"); ) {
            query.setArray(1, db.createArrayOf("varchar", openedMeanwhile.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    schemas.add(rows.getString("schema_name"));
                }
            }
        }
        assertThat(schemas).isNotEmpty();
        return schemas;
    }

    private static int appliedTimes(Connection db, String schema, String version) throws SQLException {
        try (PreparedStatement query =
                db.prepareStatement("select count(*) from " + schema + ".flyway_admin where version = ? and success")) {
            query.setString(1, version);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static int failedSteps(Connection db) throws SQLException {
        try (PreparedStatement query =
                        db.prepareStatement("select count(*) from platform.tenant_provisioning where status = 'FAILED'"
                                + " and tenant_code like '46%'");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    /** The administration WAR as built, with one more tenant migration. */
    private static void withNewMigration(Path war, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(war));
                OutputStream file = Files.newOutputStream(target);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("WEB-INF/classes/" + MIGRATION));
            out.write("create table two_instances_marker (started_at timestamptz not null default now());"
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
