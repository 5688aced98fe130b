package org.onedoor.casefiles;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.matters.Desk;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/**
 * Issue #14.3: escalation copies the whole case file. A column added to {@code case_file} (as a
 * later migration would) reaches the parent's copy without anyone listing it, and every column but
 * those the parent starts afresh is equal in both copies.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class EscalationCopyIT {

    static final String DISTRICT = "460205";
    static final String STREET = "460205001";
    private static final String PASSWORD = "Journey-2026-copy";
    private static final Set<String> STARTED_AFRESH =
            Set.of("state", "room_id", "room_name", "escalated_to", "version");

    static String desk;
    static String mediator;

    @BeforeAll
    static void centers() {
        Centers.open("460000", "海南省", null, null);
        Centers.open("460200", "三亚市", "460000", null);
        Centers.open(DISTRICT, "崖州区", "460200", null);
        Centers.open(STREET, "崖城街道", DISTRICT, null);
        String admin = Centers.person("ec.admin", PASSWORD, STREET + ":tenant-admin");
        desk = Centers.person("ec.desk", PASSWORD, STREET + ":receptionist");
        mediator = Centers.person("ec.mediator", PASSWORD, STREET + ":mediator");
        Desk.room(admin, STREET, "家事调解室", "MARRIAGE_FAMILY", "divorce", "ec.mediator");
    }

    @Test
    @DisplayName("#14.3 a column added to the case file is carried up on escalation; all others are equal")
    void everyColumnGoesUp() throws SQLException {
        try (Connection db = PlatformStack.stack().connect();
                Statement sql = db.createStatement()) {
            for (String center : new String[] {STREET, DISTRICT}) {
                sql.execute("alter table t_" + center + ".case_file add column if not exists later_note varchar(40)");
            }
            commit(db);
        }
        JsonObject matter = Desk.register(desk, STREET, Desk.divorce().build());
        String caseId = Desk.dispatch(desk, STREET, matter.getString("id")).getString("caseId");
        try (Connection db = PlatformStack.stack().connect();
                PreparedStatement note =
                        db.prepareStatement("update t_" + STREET + ".case_file set later_note = ? where id = ?")) {
            note.setString(1, "新增字段的内容");
            note.setObject(2, UUID.fromString(caseId));
            assertThat(note.executeUpdate()).isEqualTo(1);
            commit(db);
        }

        Desk.act(
                mediator,
                STREET,
                caseId,
                "escalate",
                Json.createObjectBuilder().add("reason", "涉及多方，提请区级调解").build());

        try (Connection db = PlatformStack.stack().connect()) {
            Map<String, Object> here = row(db, STREET, caseId);
            Map<String, Object> above = row(db, DISTRICT, caseId);
            assertThat(above.get("later_note")).isEqualTo("新增字段的内容");
            assertThat(above.get("state")).isEqualTo("DISPATCHED");
            assertThat(here.get("state")).isEqualTo("ESCALATED");
            here.keySet().removeAll(STARTED_AFRESH);
            above.keySet().removeAll(STARTED_AFRESH);
            assertThat(above).isEqualTo(here);
        } finally {
            try (Connection db = PlatformStack.stack().connect();
                    Statement sql = db.createStatement()) {
                for (String center : new String[] {STREET, DISTRICT}) {
                    sql.execute("alter table t_" + center + ".case_file drop column if exists later_note");
                }
                commit(db);
            }
        }
    }

    private static Map<String, Object> row(Connection db, String center, String caseId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select * from t_" + center + ".case_file where id = ?")) {
            query.setObject(1, UUID.fromString(caseId));
            try (ResultSet found = query.executeQuery()) {
                assertThat(found.next()).as("case " + caseId + " in " + center).isTrue();
                ResultSetMetaData columns = found.getMetaData();
                Map<String, Object> row = new TreeMap<>();
                for (int c = 1; c <= columns.getColumnCount(); c++) {
                    Object value = found.getObject(c);
                    row.put(columns.getColumnName(c), value == null ? "<null>" : value.toString());
                }
                return row;
            }
        }
    }

    private static void commit(Connection db) throws SQLException {
        if (!db.getAutoCommit()) {
            db.commit();
        }
    }
}
