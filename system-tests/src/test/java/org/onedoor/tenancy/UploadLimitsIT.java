package org.onedoor.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
 * Issue #13.8: an upload or a request body is limited while it is read — a too large body answers
 * 413 before the module holds it, a sheet is read row by row within its limits — and nothing is
 * created. A stranger meets the 404 first.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class UploadLimitsIT {

    private static final String DISTRICT = "410105";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PASSWORD = "Upload-limits-2026";
    private static String administrator;
    private static String stranger;

    @BeforeAll
    static void district() {
        Centers.open("410000", "河南省", null, null);
        Centers.open("410100", "郑州市", "410000", null);
        Centers.open(DISTRICT, "金水区", "410100", null);
        Centers.open("410106", "上街区", "410100", null);
        administrator = Centers.person("upload.admin", PASSWORD, DISTRICT + ":tenant-admin");
        stranger = Centers.person("upload.stranger", PASSWORD, "410106:tenant-admin");
    }

    @Test
    @DisplayName(
            "#13.8 an onboarding file over 5 MB answers 413, with or without a declared length; nothing is recorded")
    void anOversizedFileIsRefusedBeforeItIsHeld() throws Exception {
        byte[] big = csvOfSize(6 * 1024 * 1024);
        long batches = batches();

        HttpResponse<String> declared = upload(HttpRequest.BodyPublishers.ofByteArray(big), "text/csv", "big.csv");
        HttpResponse<String> streamed = upload(
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)), "text/csv", "big.csv");

        for (HttpResponse<String> answer : java.util.List.of(declared, streamed)) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(answer.body()).contains("payload-too-large");
        }
        assertThat(batches()).isEqualTo(batches);
    }

    @Test
    @DisplayName("#13.8 an XLSX that unpacks to more than 25 MB answers 413; one with too many lines 400")
    void anXlsxIsReadWithinItsLimits() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(many, "OneDoor", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("中心");
            sheet.value(0, 0, "区划代码");
            sheet.value(0, 1, "名称");
            sheet.value(0, 2, "上级代码");
            for (int row = 1; row <= 5_001; row++) {
                sheet.value(row, 0, 410105000L + row % 1000);
                sheet.value(row, 1, "街道");
                sheet.value(row, 2, 410105L);
            }
        }
        long batches = batches();

        HttpResponse<String> unpacked =
                upload(HttpRequest.BodyPublishers.ofByteArray(bomb.toByteArray()), XLSX, "bomb.xlsx");
        HttpResponse<String> tooMany =
                upload(HttpRequest.BodyPublishers.ofByteArray(many.toByteArray()), XLSX, "many.xlsx");

        assertThat(bomb.size()).as("the bomb itself is small").isLessThan(1024 * 1024);
        assertThat(unpacked.statusCode()).as(unpacked.body()).isEqualTo(413);
        assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"field\":\"file\"");
        assertThat(batches()).isEqualTo(batches);
    }

    @Test
    @DisplayName("#13.5 a file name over 255 characters answers 400 naming fileName, not 500")
    void aLongFileNameIsRefused() throws Exception {
        byte[] csv = "code,name,parent code\n410105001,经八路街道,410105\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = upload(HttpRequest.BodyPublishers.ofByteArray(csv), "text/csv", "x".repeat(300));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"fileName\"");
    }

    @Test
    @DisplayName("#13.8 a JSON body over 1 MB answers 413 to a member, 404 to a stranger; nothing is created")
    void everyBodyIsCapped() {
        String huge = "{\"name\":\"" + "调".repeat(400_000) + "\",\"type\":\"GENERAL\"}";
        String rooms =
                Centers.admin(administrator).get("t/" + DISTRICT + "/rooms").body();

        ApiClient.Response member = Centers.admin(administrator).post("t/" + DISTRICT + "/rooms", huge);
        ApiClient.Response outsider = Centers.admin(stranger).post("t/" + DISTRICT + "/rooms", huge);

        assertThat(member.status()).as(member.toString()).isEqualTo(413);
        JsonObject problem = member.json();
        assertThat(problem.getInt("status")).isEqualTo(413);
        assertThat(outsider.status()).as(outsider.toString()).isEqualTo(404);
        assertThat(Centers.admin(administrator).get("t/" + DISTRICT + "/rooms").body())
                .isEqualTo(rooms);
    }

    private static byte[] csvOfSize(int bytes) {
        StringBuilder csv = new StringBuilder("code,name,parent code\n");
        int line = 0;
        while (csv.length() < bytes) {
            csv.append("410105").append(String.format("%03d", line++ % 1000)).append(",街道,410105\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long batches() throws Exception {
        try (Connection db = PlatformStack.stack().connect();
                PreparedStatement query = db.prepareStatement("select count(*) from platform.onboarding_batch");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static HttpResponse<String> upload(HttpRequest.BodyPublisher body, String contentType, String fileName)
            throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(RunningPlatform.baseUrl() + "/admin/api/v1/onboarding?fileName="
                                                + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
                                .header("Authorization", "Bearer " + administrator)
                                .header("Content-Type", contentType)
                                .POST(body)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
