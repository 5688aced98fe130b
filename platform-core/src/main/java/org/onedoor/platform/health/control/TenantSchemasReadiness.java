package org.onedoor.platform.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.onedoor.platform.tenancy.control.ProvisioningWorker;
import org.onedoor.platform.tenancy.control.ProvisioningWorkers;

/** Ready only once the platform schema and every open center's schema are current for this module. */
@Readiness
@ApplicationScoped
public class TenantSchemasReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Collection<ProvisioningWorker> workers = ProvisioningWorkers.all();
        var answer = HealthCheckResponse.named("tenant-schemas");
        workers.forEach(worker -> answer.withData(worker.module(), worker.isReady() ? "current" : "migrating"));
        return answer.status(!workers.isEmpty() && workers.stream().allMatch(ProvisioningWorker::isReady))
                .build();
    }
}
