package org.onedoor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the CPU went during a measurement: the CPU time (user + system, from {@code /proc}) of
 * Payara Micro, Keycloak, every PostgreSQL process and this benchmark's own JVM (the load
 * generator), as a share of the machine's cores over the window. Linux only.
 */
final class CpuSplit {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private final long payara;
    private final long keycloak;
    private final Map<String, Double> start;
    private final long startedNanos = System.nanoTime();

    CpuSplit(long payara, long keycloak) {
        this.payara = payara;
        this.keycloak = keycloak;
        this.start = seconds();
    }

    /** Each part's share of all cores since this split was started, e.g. {@code payara 61%}. */
    String since() {
        Map<String, Double> now = seconds();
        double window =
                (System.nanoTime() - startedNanos) / 1e9 * Runtime.getRuntime().availableProcessors();
        StringBuilder text = new StringBuilder();
        double total = 0;
        for (Map.Entry<String, Double> part : now.entrySet()) {
            double share = (part.getValue() - start.getOrDefault(part.getKey(), 0.0)) / window * 100;
            total += share;
            text.append(String.format("%s %.0f%%, ", part.getKey(), share));
        }
        return text.append(String.format(
                        "idle %.0f%% of %d cores",
                        Math.max(0, 100 - total), Runtime.getRuntime().availableProcessors()))
                .toString();
    }

    private Map<String, Double> seconds() {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("payara", cpu(payara));
        parts.put("postgres", postgres());
        parts.put("keycloak", cpu(keycloak));
        parts.put("load generator", cpu(ProcessHandle.current().pid()));
        return parts;
    }

    private static double postgres() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                    .filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(path -> comm(path).equals("postgres"))
                    .mapToDouble(path -> cpu(Long.parseLong(path.getFileName().toString())))
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String comm(Path process) {
        try {
            return Files.readString(process.resolve("comm")).strip();
        } catch (IOException gone) {
            return "";
        }
    }

    /** Seconds of CPU the process (all its threads) used so far; 0 when it is gone. */
    private static double cpu(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields from the 3rd of stat: utime is the 14th, stime the 15th
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
