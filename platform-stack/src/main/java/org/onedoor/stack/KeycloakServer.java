package org.onedoor.stack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from its Maven Central distribution, unpacked once into a directory of ours and started
 * in development mode with the OneDoor realm imported (placeholders in the realm file are filled
 * from the environment given here). Its data lives in PostgreSQL.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "onedoor";
    public static final String REALM_RESOURCE = "/keycloak/onedoor-realm.json";

    /** Where and how to run it. */
    public record Options(
            Path distributionZip,
            Path home,
            int httpPort,
            int managementPort,
            String dbUrl,
            String dbUser,
            String dbPassword,
            String adminPassword,
            Map<String, String> realmEnvironment,
            Path log,
            Path pidFile) {}

    private final ChildProcess process;
    private final Options options;

    private KeycloakServer(ChildProcess process, Options options) {
        this.process = process;
        this.options = options;
    }

    public static KeycloakServer start(Options options) {
        ChildProcess.stopOrphan(options.pidFile(), "Keycloak");
        Path home = install(options.distributionZip(), options.home());
        importRealm(home);
        List<String> command = new ArrayList<>(List.of(
                "bash",
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + options.httpPort(),
                "--http-management-port=" + options.managementPort(),
                "--health-enabled=true",
                "--db=postgres",
                "--db-url=" + options.dbUrl(),
                "--db-username=" + options.dbUser(),
                "--db-password=" + options.dbPassword(),
                "--import-realm"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m");
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", options.adminPassword());
        environment.putAll(options.realmEnvironment());
        return new KeycloakServer(ChildProcess.start("Keycloak", builder, options.log(), options.pidFile()), options);
    }

    /** Waits until Keycloak reports ready and the realm is served. */
    public KeycloakServer awaitReady(Duration timeout) {
        Http.awaitOk(URI.create("http://localhost:" + options.managementPort() + "/health/ready"), timeout, process);
        Http.awaitOk(URI.create(issuer() + "/.well-known/openid-configuration"), Duration.ofSeconds(30), process);
        return this;
    }

    public String issuer() {
        return "http://localhost:" + options.httpPort() + "/realms/" + REALM;
    }

    public String adminConsole() {
        return "http://localhost:" + options.httpPort() + "/admin/";
    }

    public int httpPort() {
        return options.httpPort();
    }

    /** Unpacks the distribution unless a complete copy is already there; returns Keycloak's home. */
    static Path install(Path zip, Path home) {
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        if (zip == null || !Files.isRegularFile(zip)) {
            throw new StackException("The Keycloak distribution " + zip + " is missing. Run the build once online"
                    + " (mvn -Prun downloads it from Maven Central).");
        }
        Path staging = home.resolveSibling(home.getFileName() + ".unpacking");
        try {
            Directories.deleteTree(staging);
            Files.createDirectories(staging);
            try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    Path target = staging.resolve(withoutTopDirectory(entry.getName()))
                            .normalize();
                    if (!target.startsWith(staging)) {
                        throw new IOException("entry outside the distribution: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Directories.deleteTree(home);
            Files.move(staging, home);
            return home;
        } catch (IOException e) {
            throw new StackException("Could not unpack Keycloak into " + home + ": " + e.getMessage(), e);
        }
    }

    private static String withoutTopDirectory(String name) {
        int slash = name.indexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }

    private static void importRealm(Path home) {
        Path target = home.resolve("data/import/onedoor-realm.json");
        try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            Files.createDirectories(target.getParent());
            Files.copy(realm, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StackException("Could not place the OneDoor realm in " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }
}
