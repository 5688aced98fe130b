package org.onedoor.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Issue #3 benchmark: provisioning one center, end to end — from the POST that creates it until it
 * is ACTIVE (its schema, every module's migrations, its groups in Keycloak) — 50 times, one after
 * the other, on the whole platform. Prints p50, p95 and max.
 */
public final class ProvisioningBench {

    private static final int CENTERS = 50;

    public static void main(String[] args) throws Exception {
        try (BenchPlatform platform = new BenchPlatform()) {
            System.out.printf("platform ready in %.1f s%n", platform.startPayara(null));
            String token = platform.operator();
            platform.create(token, "420000", "湖北省", null);
            platform.awaitActive(token, "420000");
            platform.create(token, "420100", "武汉市", "420000");
            platform.awaitActive(token, "420100");
            List<Double> millis = new ArrayList<>();
            for (int i = 1; i <= CENTERS + 3; i++) {
                String code = String.format("4201%02d", i);
                long started = System.nanoTime();
                var created = platform.create(token, code, "区" + code, "420100");
                if (created.status() != 201) {
                    throw new IllegalStateException(created.toString());
                }
                platform.awaitActive(token, code);
                if (i > 3) { // the first three warm the JVMs up
                    millis.add((System.nanoTime() - started) / 1e6);
                }
            }
            Collections.sort(millis);
            System.out.printf(
                    "provision one center (%d centers, sequential; %s): p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                    millis.size(),
                    BenchPlatform.machine(),
                    percentile(millis, 50),
                    percentile(millis, 95),
                    millis.get(millis.size() - 1));
        }
    }

    static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private ProvisioningBench() {}
}
