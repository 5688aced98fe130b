package org.onedoor.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onedoor.stack.junit.ApiClient;
import org.onedoor.stack.junit.PlatformStack;

/**
 * The EAR (skinny WARs, platform-core and shared jars in lib/) on Payara Server Full, against real
 * PostgreSQL and Keycloak: every module deploys and reports ready.
 */
@ExtendWith(PlatformStack.class)
class EarDeploymentIT {

    private static PayaraServerFull server;

    @BeforeAll
    static void deployEar() {
        Path work = Path.of(System.getProperty("onedoor.stack.work-dir", "target/stack"));
        server = PayaraServerFull.start(
                Path.of(System.getProperty("onedoor.stack.payara-server")),
                work,
                PlatformStack.stack().moduleEnvironment());
        server.deploy(Path.of(System.getProperty("onedoor.ear")));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "reception", "cases"})
    @DisplayName("#2.6 each module of the EAR is ready on Payara Server Full")
    void moduleIsReady(String module) {
        ApiClient.Response ready = ApiClient.of(
                        URI.create("http://localhost:" + server.httpPort() + "/" + module + "/"))
                .get("health/ready");

        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.json().getString("status")).isEqualTo("UP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "reception", "cases"})
    @DisplayName("#2.6 each module of the EAR refuses an anonymous API call with problem+json")
    void moduleApiAnswers(String module) {
        ApiClient.Response answer = ApiClient.of(
                        URI.create("http://localhost:" + server.httpPort() + "/" + module + "/api/v1/"))
                .get("me");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
