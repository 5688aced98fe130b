package org.onedoor.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.matters.Desk;
import org.onedoor.rollups.Casework;
import org.onedoor.stack.PayaraMicroServer;
import org.onedoor.stack.Ports;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/**
 * Issue #15.5, scheduler safety: two platform instances on one database run the deadline pass at
 * the same moment, again and again; each overdue case is marked once, has one timeline entry and
 * its reminders once — whichever instance got the lease, and with the other answering that a pass
 * is running.
 *
 * <pre>
 * 210000 辽宁省 → 210100 沈阳市 → 210102 和平区 → 210102001 太原街街道
 * </pre>
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class TwoInstancesPassIT {

    private static final String PROVINCE = "210000";
    private static final String STREET = "210102001";
    private static final String PASSWORD = "TwoPasses-2026-once";
    private static final int CASES = 12;

    @Test
    @DisplayName("#15.5 two instances running the marking pass at once mark and remind exactly once")
    void twoInstancesMarkOnce() throws Exception {
        Centers.open(PROVINCE, "辽宁省", null, null);
        Centers.open("210100", "沈阳市", PROVINCE, null);
        Centers.open("210102", "和平区", "210100", null);
        Centers.open(STREET, "太原街街道", "210102", null);
        String admin = Centers.person("tp.admin", PASSWORD, STREET + ":tenant-admin");
        Centers.person("tp.mediator", PASSWORD, STREET + ":mediator");
        String roomId = Casework.room(admin, STREET, "tp.mediator");
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            JsonObject opened = Desk.handedOver(
                    STREET,
                    roomId,
                    "neighbour",
                    "邻里纠纷",
                    "SPECIALIST",
                    OffsetDateTime.now().minusDays(45 + i));
            assertThat(opened.getJsonObject("clock").getString("mark")).isEqualTo("ON_TIME");
            cases.add(opened.getString("id"));
        }

        Path work = Path.of(System.getProperty("onedoor.stack.work-dir", "target/stack"));
        List<Path> wars = Arrays.stream(System.getProperty("onedoor.stack.wars").split(","))
                .map(Path::of)
                .toList();
        try (PayaraMicroServer second = PayaraMicroServer.start(new PayaraMicroServer.Options(
                        Path.of(System.getProperty("onedoor.stack.payara-micro")),
                        wars,
                        Ports.free(),
                        PlatformStack.stack().moduleEnvironment(),
                        work.resolve("logs/payara-second-pass.log"),
                        work.resolve("run/payara-second-pass.pid")))
                .awaitReady(Duration.ofMinutes(6))) {
            String operator = Centers.operator();
            ApiClient here = Desk.cases(operator);
            ApiClient there = ApiClient.of(URI.create(second.baseUrl() + "/cases/api/v1/"))
                    .withToken(operator);
            int ran = 0;
            int busy = 0;
            for (int round = 0; round < 5; round++) {
                String at = Instant.now().plusSeconds(round).toString();
                CompletableFuture<ApiClient.Response> one = CompletableFuture.supplyAsync(() -> pass(here, at));
                CompletableFuture<ApiClient.Response> two = CompletableFuture.supplyAsync(() -> pass(there, at));
                for (ApiClient.Response answer : List.of(one.get(), two.get())) {
                    assertThat(answer.status()).as(answer.toString()).isIn(200, 409);
                    if (answer.status() == 200) {
                        ran++;
                    } else {
                        busy++;
                        assertThat(answer.contentType()).startsWith("application/problem+json");
                    }
                }
            }
            assertThat(ran).as("passes ran").isGreaterThanOrEqualTo(5);
            assertThat(ran + busy).isEqualTo(10);

            try (Connection db = PlatformStack.stack().connect()) {
                String schema = schemaOf(db);
                for (String caseId : cases) {
                    assertThat(count(
                                    db,
                                    "select count(*) from " + schema + ".case_event where case_id = ?"
                                            + " and action = 'OVERDUE'",
                                    caseId))
                            .as("one red entry for %s", caseId)
                            .isEqualTo(1);
                    assertThat(count(
                                    db,
                                    "select count(*) from " + schema + ".notification where case_id = ?"
                                            + " and kind = 'OVERDUE'",
                                    caseId))
                            .as("reminded once: the mediators' room and the leaders, %s", caseId)
                            .isEqualTo(2);
                    assertThat(count(
                                    db,
                                    "select count(*) from " + schema + ".case_file where id = ?"
                                            + " and clock_mark = 'OVERDUE'",
                                    caseId))
                            .isEqualTo(1);
                }
            }
        }
    }

    private static ApiClient.Response pass(ApiClient client, String at) {
        return client.post("deadlines/passes?area=" + STREET + "&at=" + at, "");
    }

    private static String schemaOf(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select schema_name from platform.tenant where code = ?")) {
            query.setString(1, STREET);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static int count(Connection db, String sql, String caseId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, UUID.fromString(caseId));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
