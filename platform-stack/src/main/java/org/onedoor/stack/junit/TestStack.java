package org.onedoor.stack.junit;

import jakarta.json.Json;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.onedoor.stack.Directories;
import org.onedoor.stack.KeycloakServer;
import org.onedoor.stack.Ports;
import org.onedoor.stack.PostgresServer;
import org.onedoor.stack.Secrets;
import org.onedoor.stack.StackException;

/**
 * The real PostgreSQL and Keycloak an integration test run talks to, started once per test JVM on
 * free ports with fresh data and fresh secrets, and stopped when the run ends. Payara Micro reads
 * their coordinates from the system-properties file this writes ({@code onedoor.stack.payara-properties},
 * used by arquillian.xml); tests get tokens and database connections from here.
 */
public final class TestStack implements ExtensionContext.Store.CloseableResource {

    public static final String PAYARA_PROPERTIES = "onedoor.stack.payara-properties";

    private final Path work;
    private final PostgresServer postgres;
    private final KeycloakServer keycloak;
    private final int platformPort;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestStack(Path work, PostgresServer postgres, KeycloakServer keycloak, int platformPort) {
        this.work = work;
        this.postgres = postgres;
        this.keycloak = keycloak;
        this.platformPort = platformPort;
    }

    /** Starts the stack outside JUnit too (benchmarks). */
    public static TestStack start() {
        Path work = Path.of(System.getProperty("onedoor.stack.work-dir", "target/stack"))
                .toAbsolutePath();
        Path project = Path.of(System.getProperty("onedoor.project.dir", ".")).toAbsolutePath();
        try {
            Directories.deleteTree(work.resolve("postgres"));
        } catch (IOException e) {
            throw new StackException("Cannot clear " + work + ": " + e.getMessage(), e);
        }
        PostgresServer postgres =
                PostgresServer.start(work.resolve("postgres"), Ports.free(), work.resolve("logs/postgres.log"));
        int platformPort = Ports.free();
        TestStack stack;
        try {
            stack = new TestStack(work, postgres, startKeycloak(postgres, project, work, platformPort), platformPort);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        stack.writePayaraProperties();
        return stack;
    }

    private static KeycloakServer startKeycloak(PostgresServer postgres, Path project, Path work, int platformPort) {
        TestSecrets secrets = TestSecrets.INSTANCE;
        postgres.ensureDatabase("onedoor", secrets.dbPassword, "onedoor");
        postgres.ensureDatabase("keycloak", secrets.keycloakDbPassword, "keycloak");
        String platform = "http://localhost:" + platformPort;
        return KeycloakServer.start(new KeycloakServer.Options(
                        Path.of(System.getProperty("onedoor.stack.keycloak-dist", "")),
                        project.resolve(".onedoor/test-keycloak"),
                        Ports.free(),
                        Ports.free(),
                        postgres.jdbcUrl("keycloak"),
                        "keycloak",
                        secrets.keycloakDbPassword,
                        secrets.adminPassword,
                        Map.of(
                                "ONEDOOR_PUBLIC_URL", platform,
                                "ONEDOOR_BACKCHANNEL_URL", platform,
                                "ONEDOOR_OIDC_CLIENT_SECRET", secrets.clientSecret,
                                "ONEDOOR_PROVISIONER_CLIENT_SECRET", secrets.provisionerSecret,
                                "ONEDOOR_DEMO_PASSWORD", secrets.demoPassword),
                        work.resolve("logs/keycloak.log"),
                        work.resolve("run/keycloak.pid")))
                .awaitReady(Duration.ofMinutes(4));
    }

    /** Secrets of this test run: random, in memory only. */
    private static final class TestSecrets {
        static final TestSecrets INSTANCE = new TestSecrets(Secrets.in(null));
        final String dbPassword;
        final String keycloakDbPassword;
        final String adminPassword;
        final String clientSecret;
        final String provisionerSecret;
        final String demoPassword;

        private TestSecrets(Secrets secrets) {
            dbPassword = secrets.get("db");
            keycloakDbPassword = secrets.get("keycloak-db");
            adminPassword = secrets.password("keycloak-admin");
            clientSecret = secrets.get("client");
            provisionerSecret = secrets.get("provisioner");
            demoPassword = secrets.password("demo");
        }
    }

    /** The settings a OneDoor module needs to run against this stack, as MicroProfile Config keys. */
    public Map<String, String> moduleSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("onedoor.db.url", postgres.jdbcUrl("onedoor"));
        settings.put("onedoor.db.user", "onedoor");
        settings.put("onedoor.db.password", TestSecrets.INSTANCE.dbPassword);
        settings.put("onedoor.oidc.issuer", keycloak.issuer());
        settings.put("onedoor.oidc.client-secret", TestSecrets.INSTANCE.clientSecret);
        settings.put("onedoor.identity.provisioner-client-secret", TestSecrets.INSTANCE.provisionerSecret);
        settings.put("onedoor.tenancy.poll-interval-ms", "300");
        settings.put("onedoor.modules.url", "http://localhost:" + platformPort);
        // the system tests run deadline passes as at a later instant (issue #15.5); never set in production
        settings.put("onedoor.clock.adjustable", "true");
        settings.put("onedoor.deadlines.pass-seconds", "0");
        return settings;
    }

    /** The same settings as environment variables, for a Payara Micro this test starts itself. */
    public Map<String, String> moduleEnvironment() {
        return moduleSettings().entrySet().stream()
                .collect(Collectors.toMap(
                        entry -> entry.getKey().toUpperCase().replaceAll("[^A-Z0-9]", "_"), Map.Entry::getValue));
    }

    private void writePayaraProperties() {
        Path file = work.resolve("payara.properties");
        Properties properties = new Properties();
        properties.putAll(moduleSettings());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "written by TestStack for this test run");
        } catch (IOException e) {
            throw new StackException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        System.setProperty(PAYARA_PROPERTIES, file.toString());
    }

    /** The port kept free for a platform a system test starts itself; Keycloak's clients point there. */
    public int platformPort() {
        return platformPort;
    }

    public String issuer() {
        return keycloak.issuer();
    }

    public String demoPassword() {
        return TestSecrets.INSTANCE.demoPassword;
    }

    public String keycloakAdminPassword() {
        return TestSecrets.INSTANCE.adminPassword;
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloak.httpPort();
    }

    /** A new connection to the OneDoor database, as the application's role. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl("onedoor"), "onedoor", TestSecrets.INSTANCE.dbPassword);
    }

    /** An access token of a demo user (resource-owner password grant of the realm's CLI client). */
    public String token(String username) {
        return token(username, demoPassword());
    }

    /**
     * An access token of an integration a center created (client credentials), as the 12345 system
     * would get it with the client id and secret the center's administrator handed over.
     */
    public String integrationToken(String clientId, String secret) {
        return requestToken(Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", secret));
    }

    /** A OneDoor module's own service-account token (client credentials), e.g. {@code reception}. */
    public String moduleToken(String module) {
        return requestToken(Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                "onedoor-" + module,
                "client_secret",
                TestSecrets.INSTANCE.clientSecret));
    }

    /** A person who can log in with {@code password} right away (no required actions), for tests of staff. */
    public void createPerson(String username, String familyName, String givenName, String password) {
        String body = Json.createObjectBuilder()
                .add("username", username)
                .add("enabled", true)
                .add("emailVerified", true)
                .add("email", username + "@test.onedoor.local")
                .add("lastName", familyName)
                .add("firstName", givenName)
                .add(
                        "credentials",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "password")
                                        .add("value", password)
                                        .add("temporary", false)))
                .build()
                .toString();
        ApiClient.Response created = keycloakAdmin().post("users", body);
        if (created.status() != 201 && created.status() != 409) {
            throw new StackException("Keycloak refused to create " + username + ": " + created);
        }
    }

    /** Keycloak's admin API for the OneDoor realm, as the bootstrap administrator: to check what provisioning did. */
    public ApiClient keycloakAdmin() {
        String token = requestToken(
                "http://localhost:" + keycloak.httpPort() + "/realms/master/protocol/openid-connect/token",
                Map.of(
                        "grant_type", "password",
                        "client_id", "admin-cli",
                        "username", "admin",
                        "password", TestSecrets.INSTANCE.adminPassword));
        return ApiClient.of(URI.create(keycloakUrl() + "/admin/realms/" + KeycloakServer.REALM + "/"))
                .withToken(token);
    }

    /** An access token for {@code username} with {@code password}. */
    public String token(String username, String password) {
        return requestToken(Map.of(
                "grant_type",
                "password",
                "client_id",
                "onedoor-cli",
                "scope",
                "openid",
                "username",
                username,
                "password",
                password));
    }

    private String requestToken(Map<String, String> form) {
        return requestToken(issuer() + "/protocol/openid-connect/token", form);
    }

    private String requestToken(String endpoint, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(endpoint))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new StackException("Token request refused (" + response.statusCode() + "): " + response.body());
            }
            return ApiClient.Response.parse(response.body()).asJsonObject().getString("access_token");
        } catch (IOException e) {
            throw new StackException("Keycloak did not answer the token request: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while asking for a token.", e);
        }
    }

    @Override
    public void close() {
        try {
            keycloak.close();
        } finally {
            postgres.close();
        }
    }
}
