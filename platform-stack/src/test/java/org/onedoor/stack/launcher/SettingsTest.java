package org.onedoor.stack.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onedoor.stack.StackException;

class SettingsTest {

    private static final Map<String, String> BUILD = Map.of("onedoor.project.dir", "/work/onedoor");

    @Test
    void everythingEmbeddedByDefault() {
        Settings settings = Settings.from(Map.of(), BUILD);

        assertThat(settings.embeddedPostgres()).isTrue();
        assertThat(settings.embeddedKeycloak()).isTrue();
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(settings.home()).isEqualTo(Path.of("/work/onedoor/.onedoor"));
    }

    @Test
    void externalPostgresAndKeycloakReplaceTheEmbeddedOnes() {
        Settings settings = Settings.from(
                Map.of(
                        "ONEDOOR_DB_URL", "jdbc:postgresql://db:5432/onedoor",
                        "ONEDOOR_OIDC_ISSUER", "https://sso.example.org/realms/onedoor"),
                BUILD);

        assertThat(settings.embeddedPostgres()).isFalse();
        assertThat(settings.embeddedKeycloak()).isFalse();
    }

    @Test
    void theEmbeddedKeycloakKeepsTheEmbeddedPostgresUnlessGivenItsOwnDatabase() {
        assertThat(Settings.from(Map.of("ONEDOOR_DB_URL", "jdbc:postgresql://db/onedoor"), BUILD)
                        .embeddedPostgres())
                .isTrue();
        assertThat(Settings.from(
                                Map.of(
                                        "ONEDOOR_DB_URL", "jdbc:postgresql://db/onedoor",
                                        "ONEDOOR_KEYCLOAK_DB_URL", "jdbc:postgresql://db/keycloak"),
                                BUILD)
                        .embeddedPostgres())
                .isFalse();
    }

    @Test
    void aBadPortIsNamed() {
        assertThatThrownBy(() -> Settings.from(Map.of("ONEDOOR_HTTP_PORT", "eighty"), BUILD))
                .isInstanceOf(StackException.class)
                .hasMessage("ONEDOOR_HTTP_PORT=eighty is not a TCP port (1–65535).");
        assertThatThrownBy(() -> Settings.from(Map.of("ONEDOOR_PG_PORT", "70000"), BUILD))
                .isInstanceOf(StackException.class);
    }
}
