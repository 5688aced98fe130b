package org.onedoor.platform.tenancy.control;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The provisioning workers running in this deployment, by module, for readiness and for waking them up. */
public final class ProvisioningWorkers {

    private static final Map<String, ProvisioningWorker> RUNNING = new ConcurrentHashMap<>();

    private ProvisioningWorkers() {}

    public static void register(ProvisioningWorker worker) {
        RUNNING.put(worker.module(), worker);
    }

    public static void unregister(ProvisioningWorker worker) {
        RUNNING.remove(worker.module(), worker);
    }

    public static Collection<ProvisioningWorker> all() {
        return RUNNING.values();
    }

    public static Optional<ProvisioningWorker> of(String module) {
        return Optional.ofNullable(RUNNING.get(module));
    }

    /** Makes every worker here look for waiting centers now (after this instance created one). */
    public static void wakeUpAll() {
        RUNNING.values().forEach(ProvisioningWorker::wakeUp);
    }
}
