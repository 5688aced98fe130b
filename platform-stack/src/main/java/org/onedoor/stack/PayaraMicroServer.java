package org.onedoor.stack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Payara Micro running the three OneDoor WARs side by side (it refuses EARs: ADR 0001). */
public final class PayaraMicroServer implements AutoCloseable {

    public static final List<String> MODULES = List.of("admin", "reception", "cases");

    /** Where and how to run it. */
    public record Options(
            Path microJar, List<Path> wars, int httpPort, Map<String, String> environment, Path log, Path pidFile) {}

    private final ChildProcess process;
    private final int port;

    private PayaraMicroServer(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    public static PayaraMicroServer start(Options options) {
        ChildProcess.stopOrphan(options.pidFile(), "Payara Micro");
        if (options.microJar() == null || !Files.isRegularFile(options.microJar())) {
            throw new StackException("The Payara Micro jar " + options.microJar() + " is missing. Run the build once"
                    + " online (mvn -Prun downloads it from Maven Central).");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-jar",
                options.microJar().toString(),
                "--nocluster",
                "--disablephonehome",
                "--port",
                Integer.toString(options.httpPort())));
        for (Path war : options.wars()) {
            if (!Files.isRegularFile(war)) {
                throw new StackException("The module " + war + " is not built. Build it first (mvn -Prun builds all).");
            }
            command.add("--deploy");
            command.add(war.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(options.environment());
        return new PayaraMicroServer(
                ChildProcess.start("Payara Micro", builder, options.log(), options.pidFile()), options.httpPort());
    }

    /** Waits until every module reports ready (its database and the identity provider answer). */
    public PayaraMicroServer awaitReady(Duration timeout) {
        return awaitModulesReady(MODULES, timeout);
    }

    /** Waits until the given modules (context roots) report ready. */
    public PayaraMicroServer awaitModulesReady(List<String> modules, Duration timeout) {
        for (String module : modules) {
            Http.awaitOk(URI.create(baseUrl() + "/" + module + "/health/ready"), timeout, process);
        }
        return this;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }
}
