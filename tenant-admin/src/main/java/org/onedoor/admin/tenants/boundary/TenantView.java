package org.onedoor.admin.tenants.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.onedoor.admin.tenants.entity.ProvisioningRecord;
import org.onedoor.admin.tenants.entity.Tenant;

/** A center as the registry API shows it, with its provisioning steps when asked for one center. */
public record TenantView(
        String code,
        String name,
        String level,
        String parentCode,
        String status,
        String failureReason,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy,
        List<Step> provisioning) {

    public record Step(String step, String status, String detail, int attempts, OffsetDateTime finishedAt) {
        static Step of(ProvisioningRecord record) {
            return new Step(
                    record.step(), record.status().name(), record.detail(), record.attempts(), record.finishedAt());
        }
    }

    static TenantView of(Tenant tenant) {
        return of(tenant, null);
    }

    static TenantView of(Tenant tenant, List<ProvisioningRecord> steps) {
        return new TenantView(
                tenant.code().value(),
                tenant.name(),
                tenant.level().name(),
                tenant.parentCode(),
                tenant.status().name(),
                tenant.failureReason(),
                tenant.createdAt(),
                tenant.createdBy(),
                tenant.updatedAt(),
                tenant.updatedBy(),
                steps == null ? null : steps.stream().map(Step::of).toList());
    }
}
