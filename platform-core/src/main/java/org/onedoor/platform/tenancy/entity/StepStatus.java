package org.onedoor.platform.tenancy.entity;

/**
 * Where one module's provisioning step of a center stands (platform.tenant_provisioning.status, whose
 * check constraint allows exactly these names).
 */
public enum StepStatus {
    PENDING,
    RUNNING,
    DONE,
    FAILED;

    /** Waiting for a worker or claimed by one: not finished either way. */
    public boolean isUnderway() {
        return this == PENDING || this == RUNNING;
    }
}
