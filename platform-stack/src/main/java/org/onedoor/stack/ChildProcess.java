package org.onedoor.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A server process this stack started: its output goes to a log file, its pid to a pid file, and
 * stopping it stops its whole process tree (Keycloak's start script runs Java as a child). A pid
 * file left by a run that was killed lets the next run stop the orphan first.
 */
public final class ChildProcess {

    private static final Pattern STACK_FRAME = Pattern.compile("\\s+(at |\\.\\.\\. \\d+ more)");

    private static final Logger LOG = Logger.getLogger(ChildProcess.class.getName());

    private final String name;
    private final Process process;
    private final Path log;
    private final Path pidFile;

    private ChildProcess(String name, Process process, Path log, Path pidFile) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
    }

    /** Starts {@code builder}, sending its output to {@code log} and recording its pid in {@code pidFile}. */
    public static ChildProcess start(String name, ProcessBuilder builder, Path log, Path pidFile) {
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(pidFile.getParent());
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
            return new ChildProcess(name, process, log, pidFile);
        } catch (IOException e) {
            throw new StackException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Stops an orphan recorded in {@code pidFile} by an earlier run that did not shut down. */
    public static void stopOrphan(Path pidFile, String name) {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            Optional<ProcessHandle> orphan = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (orphan.isPresent()) {
                LOG.warning(() -> "stopping " + name + " (pid " + pid + ") left running by an earlier run");
                stopTree(orphan.get(), Duration.ofSeconds(30));
            }
            Files.deleteIfExists(pidFile);
        } catch (IOException | NumberFormatException e) {
            LOG.warning(() -> "ignoring unreadable pid file " + pidFile + ": " + e.getMessage());
        }
    }

    public String name() {
        return name;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** Stops the process and its children: politely first (SIGTERM), forcibly after {@code grace}. */
    public void stop(Duration grace) {
        stopTree(process.toHandle(), grace);
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            LOG.fine(() -> "pid file " + pidFile + " not removed: " + e.getMessage());
        }
    }

    private static void stopTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = root.descendants().toList();
        root.destroy();
        tree.forEach(ProcessHandle::destroy);
        waitFor(root, grace);
        tree.forEach(child -> waitFor(child, Duration.ofSeconds(5)));
        if (root.isAlive()) {
            root.destroyForcibly();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static void waitFor(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception stillRunning) {
            // the caller escalates
        }
    }

    /** The last lines of the log, to show why the process failed. */
    public String logTail(int lines) {
        try {
            return tail(Files.readAllLines(log, StandardCharsets.UTF_8), lines);
        } catch (IOException e) {
            return "(log " + log + " unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * The last {@code lines} lines that say something: stack frames are left out, so that what the
     * user reads is the servers' messages and the exceptions' causes, not a wall of frames.
     */
    static String tail(List<String> log, int lines) {
        List<String> telling = log.stream()
                .filter(line -> !STACK_FRAME.matcher(line).lookingAt())
                .toList();
        return String.join(
                System.lineSeparator(), telling.subList(Math.max(0, telling.size() - lines), telling.size()));
    }
}
