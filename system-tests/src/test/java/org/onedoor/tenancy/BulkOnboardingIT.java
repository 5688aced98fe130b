package org.onedoor.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;

/**
 * Issue #3.6: a district administrator onboards its streets and communities from a file. Every line
 * is validated first (errors by line, nothing created); a valid file of 500 communities is created
 * at once and provisioned with progress; the per-line result can be downloaded. Works in 河南省
 * (410000) → 郑州市 → 中原区 (410102).
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class BulkOnboardingIT {

    private static final String DISTRICT = "410102";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PASSWORD = "Bulk-admin-2026";

    @BeforeAll
    static void district() {
        Centers.open("410000", "河南省", null, null);
        Centers.open("410100", "郑州市", "410000", null);
        Centers.open(DISTRICT, "中原区", "410100", null);
        Centers.person("bulk.admin", PASSWORD, DISTRICT + ":tenant-admin");
    }

    @Test
    @DisplayName("#3.6 a file with bad lines is refused as a whole: every problem by line, nothing created")
    void badLinesCreateNothing() throws Exception {
        String csv = "区划代码,名称,层级,上级代码,管理员用户名\n"
                + "410102101,林山寨街道,街道,410102,\n" // fine
                + "410103101,建设路街道,街道,410103,\n" // another district
                + "41010210,,,410102,\n" // bad code, no name
                + "410102101,林山寨街道,街道,410102,\n" // twice
                + "410102101001,社区,街道,410102101,Bad Name!\n" // level does not match, bad username
                + "410102101002,越级社区,社区,410102,\n" // a community skipping its street
                + "410102102,无上级街道,街道,,\n"; // a street without parent

        ApiClient.Response refused = upload(csv.getBytes(StandardCharsets.UTF_8), "text/csv");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .contains(
                        "lines[3].parentCode",
                        "lines[4].code",
                        "lines[4].name",
                        "lines[5].code",
                        "lines[6].level",
                        "lines[6].administratorUsername",
                        "lines[7].parentCode",
                        "lines[8].parentCode")
                .doesNotContain("lines[2].code");
        try (Connection db = PlatformStack.stack().connect();
                PreparedStatement query =
                        db.prepareStatement("select count(*) from platform.tenant where code like '41010210%'");
                ResultSet row = query.executeQuery()) {
            row.next();
            assertThat(row.getInt(1)).isZero();
        }
    }

    @Test
    @DisplayName("#13.3 a line naming an existing account as administrator waits for the uploader's confirmation")
    void existingAdministratorNeedsConfirmation() throws Exception {
        PlatformStack.stack().createPerson("bulk.existing", "周", "建国", PASSWORD);
        Centers.grant(DISTRICT, "bulk.existing", "mediator");
        byte[] csv = ("区划代码,名称,层级,上级代码,管理员用户名\n"
                        + "410102301,桐柏路街道,街道,410102,bulk.existing\n"
                        + "410102301001,新社区,社区,410102301,bulk.new301\n")
                .getBytes(StandardCharsets.UTF_8);

        ApiClient.Response held = upload(csv, "text/csv", "streets.csv");

        assertThat(held.status()).as(held.toString()).isEqualTo(409);
        assertThat(held.contentType()).startsWith("application/problem+json");
        assertThat(held.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.getString("field")).isEqualTo("lines[2].administratorUsername");
                    assertThat(error.getString("message")).contains("bulk.existing", "周建国", "中原区");
                });
        assertThat(tenantsLike("410102301%"))
                .as("nothing created before the confirmation")
                .isZero();

        ApiClient.Response wrongName = upload(csv, "text/csv", "streets.csv&confirmExistingAccounts=someone.else");
        assertThat(wrongName.status())
                .as("only the named account confirms: " + wrongName)
                .isEqualTo(409);

        ApiClient.Response accepted = upload(csv, "text/csv", "streets.csv&confirmExistingAccounts=bulk.existing");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        awaitAllActive(accepted.header("Location").replaceFirst(".*/onboarding/", ""), 2, Duration.ofMinutes(3));
        ApiClient.Response granted =
                Centers.admin(districtAdministrator()).get("t/410102301/role-changes?username=bulk.existing");
        assertThat(granted.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(change -> change.getString("change") + " " + change.getString("role"))
                .containsExactly("GRANTED tenant-admin");
    }

    private static int tenantsLike(String pattern) throws Exception {
        try (Connection db = PlatformStack.stack().connect();
                PreparedStatement query =
                        db.prepareStatement("select count(*) from platform.tenant where code like ?")) {
            query.setString(1, pattern);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    @Test
    @DisplayName(
            "#3.6 500 communities (and their 10 streets) in one file: created at once, provisioned with progress, result per line")
    void fiveHundredCommunities() throws Exception {
        StringBuilder csv =
                new StringBuilder("code,name,level,parent code,administrator username,administrator email\n");
        for (int street = 1; street <= 10; street++) {
            String streetCode = DISTRICT + String.format("%03d", street);
            csv.append(streetCode)
                    .append(",街道")
                    .append(street)
                    .append(",STREET,")
                    .append(DISTRICT)
                    .append(",bulk.street")
                    .append(street)
                    .append(",street")
                    .append(street)
                    .append("@example.org\n");
            for (int community = 1; community <= 50; community++) {
                csv.append(streetCode)
                        .append(String.format("%03d", community))
                        .append(",社区")
                        .append(street)
                        .append('-')
                        .append(community)
                        .append(",COMMUNITY,")
                        .append(streetCode)
                        .append(",,\n");
            }
        }
        Instant started = Instant.now();

        ApiClient.Response accepted = upload(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.json().getInt("total")).isEqualTo(510);
        String batch = accepted.header("Location").replaceFirst(".*/onboarding/", "");
        JsonObject progress = awaitAllActive(batch, 510, Duration.ofMinutes(12));
        System.getLogger(getClass().getName())
                .log(
                        System.Logger.Level.INFO,
                        "510 centers onboarded and open after {0} s",
                        Duration.between(started, Instant.now()).toSeconds());
        assertThat(progress.getString("status")).isEqualTo("CREATED");
        assertThat(progress.getInt("accountsDone")).isEqualTo(510);

        ApiClient.Response result = Centers.admin(districtAdministrator()).get("onboarding/" + batch + "/result");
        assertThat(result.status()).isEqualTo(200);
        List<String> lines = result.body().lines().toList();
        assertThat(lines).hasSize(511);
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(line -> assertThat(line).contains(",ACTIVE,"));
        assertThat(lines.stream().filter(line -> line.contains("bulk.street1,CREATED,Tmp-")))
                .hasSize(1);
        assertThat(Centers.admin(districtAdministrator())
                        .get("t/" + DISTRICT + "001/members")
                        .body())
                .contains("bulk.street1");
        assertThat(Centers.admin(Centers.operator()).get("onboarding/" + batch).status())
                .as("the operator may follow any batch")
                .isEqualTo(200);
        String stranger = Centers.person("bulk.stranger", PASSWORD, "410100:tenant-admin");
        assertThat(Centers.admin(stranger).get("onboarding/" + batch).status())
                .as("another administrator may not")
                .isEqualTo(404);
    }

    @Test
    @DisplayName(
            "#3.6 an XLSX file as Excel saves it (codes as numbers): its street and communities open, the result downloads")
    void anXlsxFile() throws Exception {
        String street = DISTRICT + "201";
        String[][] cells = {
            {"区划代码", "名称", "层级", "上级代码", "管理员用户名"},
            {street, "绿东街道", "街道", DISTRICT, "bulk.lvdong"},
            {street + "001", "绿东社区", "社区", street, ""},
            {street + "002", "绿西社区", "社区", street, ""}
        };

        ApiClient.Response accepted = upload(xlsx(cells), XLSX, "streets.xlsx");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.json().getInt("total")).isEqualTo(3);
        String batch = accepted.header("Location").replaceFirst(".*/onboarding/", "");
        awaitAllActive(batch, 3, Duration.ofMinutes(3));
        assertThat(Centers.admin(districtAdministrator())
                        .get("tenants/" + street + "/children")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .extracting(center -> center.getString("code") + " " + center.getString("name"))
                .containsExactly(street + "001 绿东社区", street + "002 绿西社区");

        ApiClient.Response result = Centers.admin(districtAdministrator()).get("onboarding/" + batch + "/result");
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        assertThat(result.contentType()).startsWith("text/csv");
        assertThat(result.header("Content-Disposition")).contains("attachment");
        List<String> lines = result.body().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("2," + street + ",绿东街道,").contains(",ACTIVE,", "bulk.lvdong,CREATED,Tmp-");
        assertThat(lines.subList(2, 4)).allSatisfy(line -> assertThat(line).contains(",ACTIVE,"));
    }

    private static byte[] xlsx(String[][] cells) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "OneDoor", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("中心");
            for (int row = 0; row < cells.length; row++) {
                for (int column = 0; column < cells[row].length; column++) {
                    String cell = cells[row][column];
                    if (cell.matches("\\d+")) { // a code typed into Excel is stored as a number
                        sheet.value(row, column, Long.parseLong(cell));
                    } else if (!cell.isEmpty()) { // and an empty cell not at all
                        sheet.value(row, column, cell);
                    }
                }
            }
        }
        return bytes.toByteArray();
    }

    private static JsonObject awaitAllActive(String batch, int total, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject progress = null;
        while (Instant.now().isBefore(deadline)) {
            progress = Centers.admin(districtAdministrator())
                    .get("onboarding/" + batch)
                    .json();
            assertThat(progress.getString("status")).isNotEqualTo("FAILED");
            JsonObject centers = progress.getJsonObject("centers");
            if (centers.containsKey("FAILED")) {
                throw new AssertionError("centers failed: " + progress);
            }
            if (centers.containsKey("ACTIVE") && centers.getJsonNumber("ACTIVE").intValue() == total) {
                return progress;
            }
            Centers.sleep(Duration.ofSeconds(2));
        }
        throw new AssertionError("not all open after " + timeout + ": " + progress);
    }

    private static ApiClient.Response upload(byte[] file, String contentType) throws Exception {
        return upload(file, contentType, "streets.csv");
    }

    private static ApiClient.Response upload(byte[] file, String contentType, String fileName) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        RunningPlatform.baseUrl() + "/admin/api/v1/onboarding?fileName=" + fileName))
                                .header("Authorization", "Bearer " + districtAdministrator())
                                .header("Content-Type", contentType)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return new ApiClient.Response(response.statusCode(), response.headers(), response.body());
    }

    /** A fresh token each time: five hundred centers outlast one on a busy machine. */
    private static String districtAdministrator() {
        return PlatformStack.stack().token("bulk.admin", PASSWORD);
    }
}
