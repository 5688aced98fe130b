package org.onedoor.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.matters.Desk;
import org.onedoor.rollups.Casework;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/**
 * Issue #15.5 at province scale: the minute's pass visits only the centers whose next clock instant
 * has come (bench/README.md: 25,000 centers cost a minute to visit one by one). A new case makes its
 * center due at its yellow instant; marking moves the center's instant to what is left; an
 * extension lowers it again; a sweep (scope ALL) visits every center whatever their instants.
 *
 * <pre>
 * 220000 吉林省 → 220100 长春市 → 220102 南关区 → 220102001 南岭街道
 * </pre>
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class DuePassIT {

    private static final String STREET = "220102001";
    private static final String PASSWORD = "DuePass-2026-only";

    @Test
    @DisplayName("#15.5 the minute's pass visits a center only when one of its clocks is due; a sweep visits all")
    void onlyDueCentersAreVisited() throws Exception {
        Centers.open("220000", "吉林省", null, null);
        Centers.open("220100", "长春市", "220000", null);
        Centers.open("220102", "南关区", "220100", null);
        Centers.open(STREET, "南岭街道", "220102", null);
        String admin = Centers.person("dp.admin", PASSWORD, STREET + ":tenant-admin");
        String mediator = Centers.person("dp.mediator", PASSWORD, STREET + ":mediator");
        String roomId = Casework.room(admin, STREET, "dp.mediator");
        assertThat(pass("DUE", Instant.now()).getInt("centers"))
                .as("no case, nothing due")
                .isZero();

        JsonObject opened = Desk.handedOver(STREET, roomId, "labour", "劳动争议", "SPECIALIST", OffsetDateTime.now());
        String caseId = opened.getString("id");
        JsonObject clock = opened.getJsonObject("clock");
        Instant warnAt = Instant.parse(clock.getString("warnAt"));
        Instant dueAt = Instant.parse(clock.getString("dueAt"));
        assertThat(nextClock())
                .as("opening the case set its center's next instant to its yellow instant")
                .isEqualTo(warnAt);
        assertThat(pass("DUE", Instant.now()).getInt("centers"))
                .as("the case's yellow instant has not come")
                .isZero();

        JsonObject yellow = pass("DUE", warnAt.plusSeconds(60));
        assertThat(yellow.getInt("centers")).isEqualTo(1);
        assertThat(yellow.getInt("dueSoon")).isEqualTo(1);
        assertThat(pass("DUE", warnAt.plusSeconds(120)).getInt("centers"))
                .as("marked: the center's next instant is the deadline now")
                .isZero();

        JsonObject red = pass("DUE", dueAt.plusSeconds(60));
        assertThat(red.getInt("centers")).isEqualTo(1);
        assertThat(red.getInt("overdue")).isEqualTo(1);
        assertThat(pass("DUE", dueAt.plusSeconds(3600)).getInt("centers"))
                .as("nothing left to mark")
                .isZero();
        assertThat(pass("ALL", dueAt.plusSeconds(3600)).getInt("centers"))
                .as("a sweep visits every center")
                .isEqualTo(1);

        ApiClient.Response extended = Desk.cases(mediator)
                .post(
                        "t/" + STREET + "/cases/" + caseId + "/extensions",
                        "{\"reason\":\"双方同意延期\",\"partiesConsent\":true}");
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        Instant newWarnAt = Instant.parse(extended.json().getJsonObject("clock").getString("warnAt"));
        assertThat(newWarnAt).isAfter(dueAt);
        JsonObject again = pass("DUE", newWarnAt.plusSeconds(60));
        assertThat(again.getInt("centers"))
                .as("the extension set the center's instant again")
                .isEqualTo(1);
        assertThat(again.getInt("dueSoon")).isEqualTo(1);
    }

    private static Instant nextClock() throws java.sql.SQLException {
        try (java.sql.Connection db = PlatformStack.stack().connect();
                java.sql.PreparedStatement query =
                        db.prepareStatement("select next_at from platform.center_next_clock where center_code = ?")) {
            query.setString(1, STREET);
            try (java.sql.ResultSet row = query.executeQuery()) {
                return row.next() && row.getTimestamp(1) != null
                        ? row.getTimestamp(1).toInstant()
                        : null;
            }
        }
    }

    private static JsonObject pass(String scope, Instant at) {
        ApiClient.Response answer = Desk.cases(Centers.operator())
                .post("deadlines/passes?area=" + STREET + "&scope=" + scope + "&at=" + at, "");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().getString("scope")).isEqualTo(scope);
        return answer.json();
    }
}
