package org.onedoor.casefiles;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.matters.Desk;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/**
 * Issue #14.6: lists that grow with use answer one page at a time with the total, filters combine,
 * bad parameters answer 400 naming them — to members only: a stranger gets 404 whatever the query.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class PagingIT {

    static final String DISTRICT = "460203";
    static final String STREET = "460203001";
    static final String OTHER = "460204";
    static final int MATTERS = 7;
    private static final String PASSWORD = "Journey-2026-paging";

    static String desk;
    static String mediator;
    static String stranger;
    static String roomId;
    static final List<JsonObject> dispatched = new ArrayList<>();

    @BeforeAll
    static void centerWithCases() {
        Centers.open("460000", "海南省", null, null);
        Centers.open("460200", "三亚市", "460000", null);
        Centers.open(DISTRICT, "吉阳区", "460200", null);
        Centers.open(STREET, "河东街道", DISTRICT, null);
        Centers.open(OTHER, "天涯区", "460200", null);
        String admin = Centers.person("p.admin", PASSWORD, STREET + ":tenant-admin");
        desk = Centers.person("p.desk", PASSWORD, STREET + ":receptionist");
        mediator = Centers.person("p.mediator", PASSWORD, STREET + ":mediator");
        stranger = Centers.person("p.stranger", PASSWORD, OTHER + ":mediator");
        roomId = Desk.room(admin, STREET, "综合调解室", "GENERAL", "divorce", "p.mediator");
        for (int i = 0; i < MATTERS; i++) {
            JsonObject matter = Desk.register(desk, STREET, Desk.divorce().build());
            JsonObject opened = Desk.dispatch(desk, STREET, matter.getString("id"));
            dispatched.add(opened);
        }
        for (int i = 0; i < 2; i++) {
            Desk.act(mediator, STREET, dispatched.get(i).getString("caseId"), "accept", JsonValue.EMPTY_JSON_OBJECT);
        }
    }

    static JsonObject page(String path) {
        ApiClient.Response answer = Desk.cases(mediator).get("t/" + STREET + "/cases" + path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    @Test
    @DisplayName("#14.6 cases page by page: sizes, the last page, past the end, the total every time")
    void casesPageByPage() {
        JsonObject first = page("?size=3");
        assertThat(first.getJsonArray("items")).hasSize(3);
        assertThat(first.getInt("total")).isEqualTo(MATTERS);
        assertThat(first.getInt("page")).isZero();
        JsonObject last = page("?size=3&page=2");
        assertThat(last.getJsonArray("items")).hasSize(1);
        JsonObject beyond = page("?size=3&page=9");
        assertThat(beyond.getJsonArray("items")).isEmpty();
        assertThat(beyond.getInt("total")).isEqualTo(MATTERS);
        List<String> all = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            page("?size=3&page=" + p)
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .forEach(c -> all.add(c.getString("id")));
        }
        assertThat(all)
                .as("every case once, none twice")
                .doesNotHaveDuplicates()
                .hasSize(MATTERS);
        assertThat(page("?size=200").getJsonArray("items")).hasSize(MATTERS);
    }

    @Test
    @DisplayName("#14.6 filters combine: state and room, text in the ticket, days opened")
    void filtersCombine() {
        assertThat(page("?state=ACCEPTED&room=" + roomId).getInt("total")).isEqualTo(2);
        assertThat(page("?state=DISPATCHED&room=" + roomId).getInt("total")).isEqualTo(MATTERS - 2);
        assertThat(page("?state=CLOSED").getInt("total")).isZero();
        String ticket = dispatched.get(3).getString("ticket");
        JsonObject byTicket = page("?q=" + ticket);
        assertThat(byTicket.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("id"))
                .containsExactly(dispatched.get(3).getString("caseId"));
        assertThat(page("?q=%25").getInt("total"))
                .as("a % is a character, not a wildcard")
                .isZero();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(page("?from=" + today + "&to=" + today).getInt("total")).isEqualTo(MATTERS);
        assertThat(page("?from=" + today.plusDays(1)).getInt("total")).isZero();
        assertThat(page("?to=" + today.minusDays(1) + "&state=ACCEPTED").getInt("total"))
                .isZero();
    }

    @Test
    @DisplayName("#14.6 bad paging or filter parameters: 400 naming them to members, 404 to a stranger")
    void badParameters() {
        String[][] bad = {
            {"?size=201", "size"},
            {"?size=0", "size"},
            {"?page=-1", "page"},
            {"?page=x", "page"},
            {"?page=10001", "page"},
            {"?state=LOST", "state"},
            {"?room=not-a-uuid", "room"},
            {"?from=2026-13-01", "from"},
            {"?from=2026-12-05&to=2026-12-01", "to"},
            {"?q=" + "x".repeat(41), "q"}
        };
        for (String[] query : bad) {
            ApiClient.Response refused = Desk.cases(mediator).get("t/" + STREET + "/cases" + query[0]);
            assertThat(refused.status()).as(query[0] + " " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).as(query[0]).contains("\"" + query[1] + "\"");
            ApiClient.Response hidden = Desk.cases(stranger).get("t/" + STREET + "/cases" + query[0]);
            assertThat(hidden.status()).as("stranger " + query[0]).isEqualTo(404);
        }
    }

    @Test
    @DisplayName("#14.6 the desk's matters by day and state, paged; a stranger sees nothing of them")
    void matters() {
        ApiClient.Response firstTwo = Desk.reception(desk).get("t/" + STREET + "/matters?size=2");
        assertThat(firstTwo.status()).as(firstTwo.toString()).isEqualTo(200);
        assertThat(firstTwo.json().getJsonArray("items")).hasSize(2);
        assertThat(firstTwo.json().getInt("total")).isEqualTo(MATTERS);
        ApiClient.Response dispatchedOnes = Desk.reception(desk).get("t/" + STREET + "/matters?state=DISPATCHED");
        assertThat(dispatchedOnes.json().getInt("total")).isEqualTo(MATTERS);
        ApiClient.Response longAgo = Desk.reception(desk).get("t/" + STREET + "/matters?day=2020-01-01");
        assertThat(longAgo.json().getJsonArray("items")).isEmpty();
        ApiClient.Response badDay = Desk.reception(desk).get("t/" + STREET + "/matters?day=yesterday");
        assertThat(badDay.status()).as(badDay.toString()).isEqualTo(400);
        assertThat(badDay.body()).contains("\"day\"");
        ApiClient.Response tooBig = Desk.reception(desk).get("t/" + STREET + "/matters?size=500");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(Desk.reception(stranger)
                        .get("t/" + STREET + "/matters?size=500")
                        .status())
                .isEqualTo(404);
        assertThat(Desk.reception(stranger).get("t/" + STREET + "/matters").status())
                .isEqualTo(404);
    }
}
