package org.onedoor.stack.launcher;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onedoor.stack.StackException;

/**
 * What the run command takes from the environment. Every piece has an embedded default; setting
 * {@code ONEDOOR_DB_URL} or {@code ONEDOOR_OIDC_ISSUER} points the platform at an external
 * PostgreSQL or Keycloak instead (README, "Run against your own PostgreSQL or Keycloak").
 */
record Settings(
        Path home,
        int httpPort,
        int postgresPort,
        int keycloakPort,
        int keycloakManagementPort,
        Optional<String> dbUrl,
        Optional<String> dbUser,
        Optional<String> dbPassword,
        Optional<String> keycloakDbUrl,
        Optional<String> keycloakDbUser,
        Optional<String> keycloakDbPassword,
        Optional<String> issuer,
        Optional<String> clientSecret,
        Optional<String> provisionerSecret,
        Optional<String> publicUrl,
        Path keycloakZip,
        Path payaraMicroJar,
        boolean demo,
        List<Path> wars) {

    static Settings from(Map<String, String> env, Map<String, String> properties) {
        Path project = Path.of(properties.getOrDefault("onedoor.project.dir", "."))
                .toAbsolutePath()
                .normalize();
        return new Settings(
                Path.of(env.getOrDefault(
                        "ONEDOOR_HOME", project.resolve(".onedoor").toString())),
                port(env, "ONEDOOR_HTTP_PORT", 8080),
                port(env, "ONEDOOR_PG_PORT", 15432),
                port(env, "ONEDOOR_KEYCLOAK_PORT", 8180),
                port(env, "ONEDOOR_KEYCLOAK_MANAGEMENT_PORT", 9180),
                optional(env, "ONEDOOR_DB_URL"),
                optional(env, "ONEDOOR_DB_USER"),
                optional(env, "ONEDOOR_DB_PASSWORD"),
                optional(env, "ONEDOOR_KEYCLOAK_DB_URL"),
                optional(env, "ONEDOOR_KEYCLOAK_DB_USER"),
                optional(env, "ONEDOOR_KEYCLOAK_DB_PASSWORD"),
                optional(env, "ONEDOOR_OIDC_ISSUER"),
                optional(env, "ONEDOOR_OIDC_CLIENT_SECRET"),
                optional(env, "ONEDOOR_IDENTITY_PROVISIONER_CLIENT_SECRET"),
                optional(env, "ONEDOOR_PUBLIC_URL"),
                Path.of(properties.getOrDefault("onedoor.stack.keycloak-dist", "")),
                Path.of(properties.getOrDefault("onedoor.stack.payara-micro", "")),
                !"false".equalsIgnoreCase(env.getOrDefault("ONEDOOR_DEMO", "true")),
                Arrays.stream(properties.getOrDefault("onedoor.stack.wars", "").split(","))
                        .filter(path -> !path.isBlank())
                        .map(Path::of)
                        .toList());
    }

    boolean embeddedKeycloak() {
        return issuer.isEmpty();
    }

    /** The embedded PostgreSQL runs when our database or the embedded Keycloak's has no external URL. */
    boolean embeddedPostgres() {
        return dbUrl.isEmpty() || (embeddedKeycloak() && keycloakDbUrl.isEmpty());
    }

    String baseUrl() {
        return publicUrl.orElse("http://localhost:" + httpPort);
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StackException(name + "=" + value + " is not a TCP port (1–65535).");
        }
    }
}
