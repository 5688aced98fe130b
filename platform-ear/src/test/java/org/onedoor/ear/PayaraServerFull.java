package org.onedoor.ear;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.onedoor.stack.Ports;
import org.onedoor.stack.StackException;

/**
 * Payara Server Full from its Maven Central zip, driven with asadmin: a domain of its own on free
 * ports, started with the environment OneDoor reads its settings from.
 */
final class PayaraServerFull implements AutoCloseable {

    private static final String DOMAIN = "onedoor-it";

    private final Path home;
    private final int portBase;
    private final Map<String, String> environment;

    private PayaraServerFull(Path home, int portBase, Map<String, String> environment) {
        this.home = home;
        this.portBase = portBase;
        this.environment = environment;
    }

    static PayaraServerFull start(Path distribution, Path workDirectory, Map<String, String> environment) {
        Path home = install(distribution, workDirectory.resolve("payara-server"));
        PayaraServerFull server = new PayaraServerFull(home, freePortBase(), environment);
        server.asadmin("delete-domain", DOMAIN).exitCode();
        server.asadmin("create-domain", "--nopassword=true", "--portbase", Integer.toString(server.portBase), DOMAIN)
                .orFail();
        server.asadmin("start-domain", DOMAIN).orFail();
        return server;
    }

    int httpPort() {
        return portBase + 80;
    }

    void deploy(Path archive) {
        asadmin("--port", Integer.toString(portBase + 48), "deploy", "--force=true", archive.toString())
                .orFail();
    }

    @Override
    public void close() {
        asadmin("stop-domain", DOMAIN);
    }

    record Result(int exitCode, String output) {
        Result orFail() {
            if (exitCode != 0) {
                throw new StackException("asadmin failed (" + exitCode + "): " + output);
            }
            return this;
        }
    }

    private Result asadmin(String... arguments) {
        List<String> command =
                new ArrayList<>(List.of("bash", home.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new StackException("asadmin " + String.join(" ", arguments) + " did not finish");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new StackException("asadmin could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        }
    }

    /** A port base whose usual ports (admin +48, http +80, https +81, and the rest) are free. */
    private static int freePortBase() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20000 + 100 * ThreadLocalRandom.current().nextInt(300);
            if (List.of(0, 9, 37, 38, 39, 48, 66, 76, 80, 81, 86, 900).stream().allMatch(p -> Ports.isFree(base + p))) {
                return base;
            }
        }
        throw new StackException("No free port range for Payara Server was found.");
    }

    private static Path install(Path zip, Path target) {
        Path home = target.resolve("payara6/glassfish");
        if (Files.isRegularFile(home.resolve("bin/asadmin"))) {
            return home;
        }
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("entry outside the distribution: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    copy(entries, path);
                }
            }
            return home;
        } catch (IOException e) {
            throw new StackException("Could not unpack Payara Server " + zip + ": " + e.getMessage(), e);
        }
    }

    private static void copy(InputStream from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
