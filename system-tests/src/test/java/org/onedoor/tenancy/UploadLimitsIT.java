package org.onedoor.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;

/**
 * Issue #13.8: an upload costs no more than its limits. Oversized bodies answer 413 whether their
 * length is declared or not, an XLSX that unpacks into too much is refused before it is read, and
 * nothing of a refused upload is kept.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class UploadLimitsIT {

    static final String DISTRICT = "460202";
    private static final String PASSWORD = "Journey-2026-uploads";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER = "区划代码,名称,上级代码\n";

    static String administrator;

    @BeforeAll
    static void center() {
        Centers.open("460000", "海南省", null, null);
        Centers.open("460200", "三亚市", "460000", null);
        Centers.open(DISTRICT, "海棠区", "460200", null);
        administrator = Centers.person("upload.admin", PASSWORD, DISTRICT + ":tenant-admin");
    }

    @Test
    @DisplayName("#13.8 a file over 5 MB with its length declared: 413 problem+json, no batch")
    void declaredTooLarge() throws Exception {
        long batches = batches();
        HttpResponse<String> refused =
                upload(HttpRequest.BodyPublishers.ofByteArray(csvOf(6 * 1024 * 1024)), "text/csv", "big.csv");
        assertProblem(refused, 413);
        assertThat(batches()).isEqualTo(batches);
    }

    @Test
    @DisplayName("#13.8 a file over 5 MB sent without a length (chunked): cut off while read, 413, no batch")
    void streamedTooLarge() throws Exception {
        long batches = batches();
        byte[] big = csvOf(7 * 1024 * 1024);
        HttpResponse<String> refused = upload(
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)), "text/csv", "big.csv");
        assertProblem(refused, 413);
        assertThat(batches()).isEqualTo(batches);
    }

    @Test
    @DisplayName("#13.8 an XLSX that unpacks to 40 MB (a zip bomb of 40 kB): 413 before it is read")
    void zipBomb() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(zipped.size()).isLessThan(SMALL_ENOUGH);
        long batches = batches();
        HttpResponse<String> refused =
                upload(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray()), XLSX, "bomb.xlsx");
        assertProblem(refused, 413);
        assertThat(refused.body()).contains("25");
        assertThat(batches()).isEqualTo(batches);
    }

    private static final int SMALL_ENOUGH = 1024 * 1024;

    @Test
    @DisplayName("#13.8 5,001 lines: 400 naming the file and the limit, no batch")
    void tooManyLines() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 5_001; i++) {
            csv.append(DISTRICT)
                    .append(String.format("%03d", i % 1000))
                    .append(",街道")
                    .append(i)
                    .append(',')
                    .append(DISTRICT)
                    .append('\n');
        }
        long batches = batches();
        HttpResponse<String> refused = upload(
                HttpRequest.BodyPublishers.ofByteArray(csv.toString().getBytes(StandardCharsets.UTF_8)),
                "text/csv",
                "many.csv");
        assertProblem(refused, 400);
        assertThat(refused.body()).contains("file").containsPattern("5[,\\u00a0 ]?000");
        assertThat(batches()).isEqualTo(batches);
    }

    @Test
    @DisplayName("#13.5 a file name of 300 characters: 400 naming fileName, no batch")
    void longFileName() throws Exception {
        long batches = batches();
        HttpResponse<String> refused = upload(
                HttpRequest.BodyPublishers.ofByteArray(
                        (HEADER + DISTRICT + "001,海棠湾街道," + DISTRICT + "\n").getBytes(StandardCharsets.UTF_8)),
                "text/csv",
                "a".repeat(300) + ".csv");
        assertProblem(refused, 400);
        assertThat(refused.body()).contains("fileName");
        assertThat(batches()).isEqualTo(batches);
    }

    @Test
    @DisplayName("#13.8 any other API body over 1 MiB: 413 before it is read, nothing created")
    void largeJson() throws Exception {
        String name = "调".repeat(700_000); // 2.1 MB in UTF-8
        HttpResponse<String> refused = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        RunningPlatform.baseUrl() + "/admin/api/v1/t/" + DISTRICT + "/rooms"))
                                .header("Authorization", "Bearer " + administrator)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"name\":\"" + name + "\",\"type\":\"GENERAL\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertProblem(refused, 413);
        ApiClient.Response rooms = Centers.admin(administrator).get("t/" + DISTRICT + "/rooms");
        assertThat(rooms.status()).isEqualTo(200);
        assertThat(rooms.body()).doesNotContain("调调调");
    }

    private static byte[] csvOf(int bytes) {
        StringBuilder csv = new StringBuilder(bytes + 100).append(HEADER);
        while (csv.length() < bytes) {
            csv.append(DISTRICT).append("001,海棠湾街道,").append(DISTRICT).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("java.");
    }

    private static long batches() throws SQLException {
        try (Connection connection = PlatformStack.stack().connect();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from platform.onboarding_batch")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static HttpResponse<String> upload(HttpRequest.BodyPublisher body, String contentType, String fileName)
            throws IOException, InterruptedException {
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
