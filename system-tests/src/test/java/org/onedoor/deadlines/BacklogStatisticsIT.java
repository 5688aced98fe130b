package org.onedoor.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.matters.Desk;
import org.onedoor.rollups.Casework;
import org.onedoor.rollups.ConsistencyIT;
import org.onedoor.rollups.RollupsIT;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/**
 * Issue #15.6: the statistics follow each case's own clock. A street gives ordinary neighbour
 * disputes three working days instead of the old "same day"; a case concluded the next day is on
 * time, one concluded weeks late is overdue; open cases and open overdue cases are the area's
 * backlog (积压 / 超期未办结), for the street and in the district's line for it; the consistency check
 * recounts the verdicts exactly.
 *
 * <pre>
 * 150000 内蒙古自治区 → 150100 呼和浩特市 → 150102 新城区 → 150102001 海拉尔东路街道
 * </pre>
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class BacklogStatisticsIT {

    private static final String PROVINCE = "150000";
    private static final String DISTRICT = "150102";
    private static final String STREET = "150102001";
    private static final String PASSWORD = "Backlog-2026-count";

    private static String mediator;
    private static String roomId;

    @BeforeAll
    static void street() {
        Centers.open(PROVINCE, "内蒙古自治区", null, null);
        Centers.open("150100", "呼和浩特市", PROVINCE, null);
        Centers.open(DISTRICT, "新城区", "150100", null);
        Centers.open(STREET, "海拉尔东路街道", DISTRICT, null);
        String admin = Centers.person("bl.admin", PASSWORD, STREET + ":tenant-admin");
        mediator = Centers.person("bl.mediator", PASSWORD, STREET + ":mediator");
        roomId = Casework.room(admin, STREET, "bl.mediator");
        ApiClient.Response rule = Centers.admin(admin)
                .put(
                        "t/" + STREET + "/time-limits/CONCLUDE/neighbour/ORDINARY",
                        "{\"amount\":3,\"unit\":\"WORKING_DAYS\",\"maxExtensions\":0,\"extensionAmount\":0}");
        assertThat(rule.status()).as(rule.toString()).isEqualTo(200);
    }

    @Test
    @DisplayName("#15.6 on time and overdue by the case's own deadline; open overdue cases are the area's backlog;"
            + " the consistency check agrees")
    void statisticsFollowTheClock() {
        Casework work = new Casework(mediator);
        String nextDay = dispatch(OffsetDateTime.now().minusHours(26));
        work.accept(STREET, nextDay);
        work.resolve(STREET, nextDay);
        assertThat(Desk.caseFile(mediator, STREET, nextDay)
                        .getJsonObject("clock")
                        .getString("mark"))
                .as("three working days, not the old same day")
                .isEqualTo("MET");
        String weeksLate = dispatch(OffsetDateTime.now().minusDays(20));
        work.accept(STREET, weeksLate);
        work.refer(STREET, weeksLate);
        String openOverdue = dispatch(OffsetDateTime.now().minusDays(20));
        String openInTime = dispatch(OffsetDateTime.now());
        Desk.act(mediator, STREET, openInTime, "accept", JsonValue.EMPTY_JSON_OBJECT);

        ApiClient operator = Centers.api("cases", Centers.operator());
        ApiClient.Response pass = operator.post("deadlines/passes?area=" + STREET + "&at=" + Instant.now(), "");
        assertThat(pass.status()).as(pass.toString()).isEqualTo(200);
        assertThat(Desk.caseFile(mediator, STREET, openOverdue)
                        .getJsonObject("clock")
                        .getString("mark"))
                .isEqualTo("OVERDUE");

        JsonObject street = dashboard(operator, STREET);
        JsonObject counts = street.getJsonObject("totals").getJsonObject("counts");
        assertThat(counts.getInt("onTime")).as(counts.toString()).isEqualTo(1);
        assertThat(counts.getInt("overdue")).as(counts.toString()).isEqualTo(1);
        JsonObject backlog = street.getJsonObject("backlog");
        assertThat(backlog.getInt("open")).as(backlog.toString()).isEqualTo(2);
        assertThat(backlog.getInt("overdue")).as(backlog.toString()).isEqualTo(1);
        assertThat(backlog.getString("countedAt")).isNotBlank();

        JsonObject district = dashboard(operator, DISTRICT);
        assertThat(district.getJsonObject("backlog").getInt("overdue")).isEqualTo(1);
        JsonObject line = RollupsIT.lineOf(district.getJsonArray("children"), STREET);
        assertThat(line.getJsonObject("backlog").getInt("open")).isEqualTo(2);
        assertThat(line.getJsonObject("backlog").getInt("overdue")).isEqualTo(1);

        Desk.act(mediator, STREET, openOverdue, "accept", JsonValue.EMPTY_JSON_OBJECT);
        new Casework(mediator).resolve(STREET, openOverdue);
        operator.post("deadlines/passes?area=" + STREET + "&at=" + Instant.now(), "");
        JsonObject after = dashboard(operator, DISTRICT);
        assertThat(after.getJsonObject("backlog").getInt("open")).isEqualTo(1);
        assertThat(after.getJsonObject("backlog").getInt("overdue"))
                .as("concluded late: out of the backlog, into the overdue count")
                .isZero();
        assertThat(after.getJsonObject("totals").getJsonObject("counts").getInt("overdue"))
                .isEqualTo(2);

        JsonObject check =
                ConsistencyIT.awaitJob(operator, operator.get("rollups/" + DISTRICT + "/consistency?period=DAY"));
        assertThat(check.getString("state")).as(check.toString()).isEqualTo("DONE");
        assertThat(check.getJsonObject("result").getJsonArray("differences"))
                .as(check.toString())
                .isEmpty();
    }

    private static JsonObject dashboard(ApiClient operator, String area) {
        ApiClient.Response answer = operator.get("rollups/" + area + "?period=DAY");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static String dispatch(OffsetDateTime at) {
        return Desk.handedOver(STREET, roomId, "neighbour", "邻里纠纷", "ORDINARY", at)
                .getString("id");
    }
}
