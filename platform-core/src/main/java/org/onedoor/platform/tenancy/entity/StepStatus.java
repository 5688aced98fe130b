package org.onedoor.platform.tenancy.entity;

/** Where one module's provisioning step of a center stands (platform.tenant_provisioning.status). */
public enum StepStatus {
    PENDING,
    RUNNING,
    DONE,
    FAILED
}
