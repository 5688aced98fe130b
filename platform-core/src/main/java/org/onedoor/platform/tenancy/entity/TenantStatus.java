package org.onedoor.platform.tenancy.entity;

/** Where a center is in its life: provisioning → active → suspended → archived; or failed with a reason. */
public enum TenantStatus {
    PROVISIONING,
    ACTIVE,
    SUSPENDED,
    ARCHIVED,
    FAILED;

    /** Staff work only in active centers. */
    public boolean isOpen() {
        return this == ACTIVE;
    }
}
