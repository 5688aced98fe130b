package org.onedoor.rollups;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/**
 * Issue #13, finding 7: one domestic-violence case in one street on one day must not be readable
 * from any combination of what the statistics show — the district's categories, the district minus
 * the other street, category totals, trend days, child lines, the export or a consistency check.
 * Until #13 the district's category table named it ("domestic-violence: received 1") and the street's
 * table named it as "&lt;3".
 *
 * <pre>
 * 530000 云南省 → 530100 昆明市 → 530102 五华区 → 530102001 华山街道 (1 domestic violence, 2 neighbour)
 *                                            → 530102002 护国街道 (3 labour)
 * </pre>
 *
 * A second part writes read-model lines of March and April 2025 directly (no case files behind
 * them), to show what the rule shows for whole months that are over.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class SmallCountDifferencingIT {

    static final String PROVINCE = "530000";
    static final String CITY = "530100";
    static final String DISTRICT = "530102";
    static final String HUASHAN = "530102001";
    static final String HUGUO = "530102002";
    static final Set<String> OPEN = Set.of(
            "neighbour",
            "property-management",
            "labour",
            "wage-arrears",
            "land",
            "consumer",
            "investment",
            "traffic",
            "contract-debt",
            "other",
            "sensitive");
    static final List<String> SECRETS =
            List.of("domestic-violence", "家庭暴力", "marriage-family", "婚姻家庭纠纷", "Domestic violence");
    private static final String PASSWORD = "Differencing-2026-it";

    @BeforeAll
    static void scenario() throws SQLException {
        Centers.open(PROVINCE, "云南省", null, null);
        Centers.open(CITY, "昆明市", PROVINCE, null);
        Centers.open(DISTRICT, "五华区", CITY, null);
        Centers.open(HUASHAN, "华山街道", DISTRICT, null);
        Centers.open(HUGUO, "护国街道", DISTRICT, null);
        String worker = Centers.person(
                "w.worker",
                PASSWORD,
                HUASHAN + ":tenant-admin",
                HUASHAN + ":receptionist",
                HUASHAN + ":mediator",
                HUGUO + ":tenant-admin",
                HUGUO + ":receptionist",
                HUGUO + ":mediator");
        Centers.person("w.official", PASSWORD, DISTRICT + ":official");
        Centers.person("w.province", PASSWORD, PROVINCE + ":official");
        Casework work = new Casework(worker);
        String huashan = Casework.room(worker, HUASHAN, "w.worker");
        String huguo = Casework.room(worker, HUGUO, "w.worker");
        String violence = work.open(HUASHAN, "domestic-violence", "WALK_IN", "SPECIALIST", huashan);
        work.accept(HUASHAN, violence);
        work.resolve(HUASHAN, violence);
        for (int i = 0; i < 2; i++) {
            work.accept(HUASHAN, work.open(HUASHAN, "neighbour", "WALK_IN", "SPECIALIST", huashan));
        }
        for (int i = 0; i < 3; i++) {
            work.accept(HUGUO, work.open(HUGUO, "labour", "PHONE", "SPECIALIST", huguo));
        }
        pastMonths();
    }

    @Test
    @DisplayName("#13 one domestic-violence case in a street on a day: no view, subtraction or export reveals it")
    void noCombinationRevealsTheCase() throws Exception {
        LocalDate today = LocalDate.now(Casework.CHINA);
        List<String> periods = List.of(
                "period=DAY",
                "period=DAY&date=" + today,
                "period=WEEK",
                "period=MONTH",
                "period=QUARTER",
                "period=YEAR",
                "period=CUSTOM&from=" + today + "&to=" + today,
                "period=CUSTOM&from=" + today.minusDays(1) + "&to=" + today.plusDays(1),
                "period=CUSTOM&from=" + today.withDayOfMonth(1) + "&to=" + today.withDayOfMonth(today.lengthOfMonth()));
        int views = 0;
        for (String reader : List.of("w.official", "w.province")) {
            for (String area : List.of(DISTRICT, HUASHAN, HUGUO)) {
                for (String period : periods) {
                    ApiClient.Response answer = rollups(reader).get("rollups/" + area + "?" + period);
                    assertThat(answer.status())
                            .as(area + "?" + period + ": " + answer)
                            .isEqualTo(200);
                    assertThat(answer.body()).as(area + "?" + period).doesNotContain(SECRETS);
                    JsonObject view = answer.json();
                    assertNothingSingledOut(area + "?" + period, view);
                    views++;
                }
            }
        }
        assertThat(views).isEqualTo(54);

        JsonObject district = dashboard("w.official", DISTRICT, "period=DAY");
        assertThat(district.getJsonObject("totals").getJsonObject("counts").getInt("received"))
                .as("the totals stay exact: the work of the day")
                .isEqualTo(6);
        assertThat(RollupsIT.lineOf(district.getJsonArray("children"), HUASHAN)
                        .getJsonObject("figures")
                        .getJsonObject("counts")
                        .getInt("received"))
                .isEqualTo(3);
        assertThat(district.getJsonArray("categories")).isEmpty();
        assertThat(district.getJsonObject("categoriesWithheld").getString("reason"))
                .isEqualTo("NOT_WHOLE_MONTHS_OVER");
        assertThat(dashboard("w.official", HUASHAN, "period=MONTH&date=2025-03-01")
                        .getJsonObject("categoriesWithheld")
                        .getString("reason"))
                .as("a street never shows categories")
                .isEqualTo("SMALL_AREA");

        for (String period : List.of("period=DAY", "period=MONTH")) {
            for (String cell : exportCells("w.official", DISTRICT, period)) {
                assertThat(cell).as("export " + period).doesNotContain(SECRETS);
            }
        }

        ApiClient.Response started = rollups("w.official").get("rollups/" + DISTRICT + "/consistency?period=DAY");
        JsonObject job = ConsistencyIT.awaitJob(rollups("w.official"), started);
        assertThat(job.getString("state")).isEqualTo("DONE");
        assertThat(job.toString()).doesNotContain(SECRETS);
        assertThat(job.getJsonObject("result").getJsonArray("differences")).isEmpty();
    }

    @Test
    @DisplayName(
            "#13 whole months that are over: open categories and one sensitive line, when no subtraction isolates it")
    void wholeMonthsOver() {
        JsonObject march = dashboard("w.province", DISTRICT, "period=MONTH&date=2025-03-15");
        assertThat(march.getJsonObject("categoriesWithheld")).isNull();
        RollupsIT.expect(RollupsIT.row(march.getJsonArray("categories"), "neighbour"), "received=10 resolved=6");
        RollupsIT.expect(RollupsIT.row(march.getJsonArray("categories"), "sensitive"), "received=5 resolved=3");
        assertThat(march.getJsonArray("categories").getValuesAs(JsonObject.class))
                .extracting(line -> line.getString("key"))
                .containsExactlyInAnyOrder("neighbour", "sensitive");
        assertThat(march.getJsonArray("categories").getValuesAs(JsonObject.class))
                .allSatisfy(line -> assertThat(line.getJsonObject("figures")
                                .getJsonObject("counts")
                                .keySet())
                        .containsExactlyInAnyOrder("received", "resolved", "notResolved"));
        RollupsIT.expect(
                RollupsIT.row(
                        dashboard("w.province", CITY, "period=CUSTOM&from=2025-03-01&to=2025-03-31")
                                .getJsonArray("categories"),
                        "sensitive"),
                "received=5 resolved=3");

        JsonObject april = dashboard("w.province", DISTRICT, "period=MONTH&date=2025-04-15");
        assertThat(april.getJsonArray("categories")).isEmpty();
        assertThat(april.getJsonObject("categoriesWithheld").getString("reason"))
                .as("one domestic-violence case in April")
                .isEqualTo("SMALL_COUNTS");
        for (String query : List.of(
                "period=MONTH&date=2025-04-15",
                "period=QUARTER&date=2025-04-15",
                "period=YEAR&date=2025-04-15",
                "period=CUSTOM&from=2025-03-01&to=2025-04-30")) {
            for (String area : List.of(CITY, PROVINCE, DISTRICT)) {
                assertThat(dashboard("w.province", area, query)
                                .getJsonObject("categoriesWithheld")
                                .getString("reason"))
                        .as(area + " " + query + ": else March subtracted from it would tell April")
                        .isEqualTo("SMALL_COUNTS");
            }
        }
        assertThat(dashboard("w.province", DISTRICT, "period=CUSTOM&from=2025-03-01&to=2025-03-30")
                        .getJsonObject("categoriesWithheld")
                        .getString("reason"))
                .isEqualTo("NOT_WHOLE_MONTHS_OVER");
    }

    /** Every table of {@code view} leaves no sensitive count below 3 to subtract. */
    static void assertNothingSingledOut(String what, JsonObject view) {
        List<JsonObject> lines = view.getJsonArray("categories").getValuesAs(JsonObject.class);
        long listed = 0;
        for (JsonObject line : lines) {
            assertThat(OPEN)
                    .as(what + ": only open categories and one sensitive line")
                    .contains(line.getString("key"));
            listed += line.getJsonObject("figures").getJsonObject("counts").getInt("received");
        }
        if (!lines.isEmpty()) {
            long total = view.getJsonObject("totals").getJsonObject("counts").getInt("received");
            assertThat(listed)
                    .as(what + ": the table is complete, nothing left to subtract")
                    .isEqualTo(total);
            long sensitive = RollupsIT.lineOf(view.getJsonArray("categories"), "sensitive")
                    .getJsonObject("figures")
                    .getJsonObject("counts")
                    .getInt("received");
            assertThat(sensitive == 0 || sensitive >= 3)
                    .as(what + ": sensitive " + sensitive)
                    .isTrue();
        } else {
            assertThat(view.getJsonObject("categoriesWithheld").getString("reason"))
                    .as(what)
                    .isNotBlank();
        }
    }

    /**
     * March 2025: the district 10 neighbour and 5 sensitive matters (4 divorces, 1 domestic
     * violence); April: 10 neighbour and 1 domestic violence. Written to every area above the
     * street as the projection would.
     */
    private static void pastMonths() throws SQLException {
        try (Connection db = PlatformStack.stack().connect();
                PreparedStatement insert = db.prepareStatement("insert into platform.rollup_count"
                        + " (area_code, dimension, day, member, received, resolved) values (?, ?, ?, ?, ?, ?)"
                        + " on conflict do nothing")) {
            for (String area : List.of(PROVINCE, CITY, DISTRICT)) {
                line(insert, area, "ALL", "2025-03-10", "", 15, 9);
                line(insert, area, "CATEGORY", "2025-03-10", "neighbour", 10, 6);
                line(insert, area, "CATEGORY", "2025-03-10", "divorce", 4, 3);
                line(insert, area, "CATEGORY", "2025-03-11", "domestic-violence", 1, 0);
                line(insert, area, "ALL", "2025-04-10", "", 11, 0);
                line(insert, area, "CATEGORY", "2025-04-10", "neighbour", 10, 0);
                line(insert, area, "CATEGORY", "2025-04-11", "domestic-violence", 1, 0);
            }
            insert.executeBatch();
        }
    }

    private static void line(
            PreparedStatement insert,
            String area,
            String dimension,
            String day,
            String member,
            int received,
            int resolved)
            throws SQLException {
        insert.setString(1, area);
        insert.setString(2, dimension);
        insert.setDate(3, java.sql.Date.valueOf(day));
        insert.setString(4, member);
        insert.setInt(5, received);
        insert.setInt(6, resolved);
        insert.addBatch();
    }

    private static List<String> exportCells(String reader, String area, String period)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> export = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(RunningPlatform.baseUrl() + "/cases/api/v1/rollups/" + area
                                        + "/export.xlsx?" + period))
                                .header("Authorization", "Bearer " + token(reader))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        List<String> cells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(export.body()))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    row.forEach(cell -> cells.add(cell == null ? "" : cell.getText()));
                }
            }
        }
        assertThat(cells).isNotEmpty();
        return cells;
    }

    /**
     * One token per reader for the whole scan (they live five minutes; the scan takes seconds): a
     * hundred password grants in a row once answered "invalid credentials" on a loaded CI machine.
     */
    static String token(String username) {
        return TOKENS.computeIfAbsent(username, reader -> PlatformStack.stack().token(reader, PASSWORD));
    }

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    static ApiClient rollups(String username) {
        return Centers.api("cases", token(username));
    }

    static JsonObject dashboard(String username, String area, String period) {
        ApiClient.Response answer = rollups(username).get("rollups/" + area + "?" + period);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }
}
