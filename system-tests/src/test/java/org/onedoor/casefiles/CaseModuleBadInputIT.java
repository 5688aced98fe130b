package org.onedoor.casefiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onedoor.journeys.RunningPlatform;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;
import org.onedoor.tenancy.Centers;

/**
 * Issue #13.5, the case module's share: inputs that answered 500 answer 400 (or 404 to a stranger)
 * problem+json naming the parameter, and the public readiness probes tell nobody the database's
 * version or an exception's text.
 */
@ExtendWith(PlatformStack.class)
@ExtendWith(RunningPlatform.class)
class CaseModuleBadInputIT {

    static final String DISTRICT = "460107";
    private static final String PASSWORD = "Journey-2026-badinput";

    static String official;
    static String stranger;

    @BeforeAll
    static void centers() {
        Centers.open("460000", "海南省", null, null);
        Centers.open("460100", "海口市", "460000", null);
        Centers.open(DISTRICT, "琼山区", "460100", null);
        Centers.open("460108", "美兰区", "460100", null);
        official = Centers.person("b.leader", PASSWORD, DISTRICT + ":leader");
        stranger = Centers.person("b.stranger", PASSWORD, "460108:leader");
    }

    @Test
    @DisplayName("#13.5 a date in the year 999999999: 400 naming date to a member, 404 to a stranger")
    void aDateFarAway() {
        for (String date : new String[] {"%2B999999999-12-31", "-999999999-01-01", "2026-02-30", "x"}) {
            ApiClient.Response bad =
                    Centers.api("cases", official).get("rollups/" + DISTRICT + "?period=WEEK&date=" + date);
            assertThat(bad.status()).as(date + " " + bad).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("application/problem+json");
            assertThat(bad.body()).contains("date").doesNotContain("Exception").doesNotContain("java.");
            ApiClient.Response hidden =
                    Centers.api("cases", stranger).get("rollups/" + DISTRICT + "?period=WEEK&date=" + date);
            assertThat(hidden.status()).as(date + " " + hidden).isEqualTo(404);
        }
        ApiClient.Response custom = Centers.api("cases", official)
                .get("rollups/" + DISTRICT + "?period=CUSTOM&from=2026-01-01&to=%2B999999999-12-31");
        assertThat(custom.status()).as(custom.toString()).isEqualTo(400);
        assertThat(custom.body()).contains("to");
    }

    @Test
    @DisplayName("#13.5 the public readiness probes show no database version and no exception text")
    void readinessSaysOnlyUpOrDown() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + PlatformStack.stack().platformPort();
        for (String path : new String[] {"/cases/health/ready", "/reception/health/ready", "/admin/health/ready"}) {
            HttpResponse<String> ready = http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).as(path + " " + ready.body()).isEqualTo(200);
            assertThat(ready.body())
                    .as(path)
                    .contains("\"postgresql\"")
                    .doesNotContain("PostgreSQL 1")
                    .doesNotContainIgnoringCase("\"server\"")
                    .doesNotContainIgnoringCase("exception")
                    .doesNotContain("\"error\"");
        }
    }
}
