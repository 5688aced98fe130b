package org.onedoor.admin.tenants.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.onedoor.platform.problems.entity.ConflictException;
import org.onedoor.platform.tenancy.entity.DivisionCode;
import org.onedoor.platform.tenancy.entity.TenantLevel;
import org.onedoor.platform.tenancy.entity.TenantStatus;

/**
 * A center in the tenant registry: its division code, name, place in the tree and state. State
 * changes through intent-named methods that refuse transitions the life cycle does not allow.
 */
@Entity
@Table(schema = "platform", name = "tenant")
public class Tenant {

    public static final int NAME_LENGTH = 100;

    @Id
    private String code;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantLevel level;

    @Column(name = "parent_code")
    private String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "schema_name", nullable = false)
    private String schemaName;

    @Column(name = "first_administrator")
    private String firstAdministrator;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected Tenant() {}

    /** A new center beneath {@code parentCode} (null for a top-level center), waiting to be provisioned. */
    public static Tenant provision(
            DivisionCode code, String name, String parentCode, String firstAdministrator, String actor) {
        Objects.requireNonNull(code, "A division code is required.");
        Tenant tenant = new Tenant();
        tenant.code = code.value();
        tenant.name = requireName(name);
        tenant.level = code.level();
        tenant.parentCode = parentCode;
        tenant.status = TenantStatus.PROVISIONING;
        tenant.schemaName = code.schemaName();
        tenant.firstAdministrator = firstAdministrator;
        tenant.createdAt = OffsetDateTime.now();
        tenant.createdBy = Objects.requireNonNull(actor, "An actor is required.");
        tenant.touch(actor);
        return tenant;
    }

    public void rename(String newName, String actor) {
        require(status != TenantStatus.ARCHIVED, "tenant.transition.rename");
        name = requireName(newName);
        touch(actor);
    }

    /** Stops work in an open center; its data stays. */
    public void suspend(String actor) {
        require(status == TenantStatus.ACTIVE, "tenant.transition.suspend");
        status = TenantStatus.SUSPENDED;
        touch(actor);
    }

    public void reactivate(String actor) {
        require(status == TenantStatus.SUSPENDED, "tenant.transition.reactivate");
        status = TenantStatus.ACTIVE;
        touch(actor);
    }

    /** Closes the center for good; its data stays for the record. */
    public void archive(String actor) {
        require(status != TenantStatus.ARCHIVED && status != TenantStatus.PROVISIONING, "tenant.transition.archive");
        status = TenantStatus.ARCHIVED;
        touch(actor);
    }

    /** Provisioning failed and is tried again from the failed steps. */
    public void retryProvisioning(String actor) {
        require(status == TenantStatus.FAILED, "tenant.transition.retry");
        status = TenantStatus.PROVISIONING;
        failureReason = null;
        touch(actor);
    }

    private void require(boolean allowed, String messageKey) {
        if (!allowed) {
            throw new ConflictException(messageKey, code, status);
        }
    }

    private void touch(String actor) {
        updatedAt = OffsetDateTime.now();
        updatedBy = Objects.requireNonNull(actor, "An actor is required.");
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A center needs a name.");
        }
        return name.strip();
    }

    public DivisionCode code() {
        return new DivisionCode(code);
    }

    public String name() {
        return name;
    }

    public TenantLevel level() {
        return level;
    }

    public String parentCode() {
        return parentCode;
    }

    public TenantStatus status() {
        return status;
    }

    public String failureReason() {
        return failureReason;
    }

    public String schemaName() {
        return schemaName;
    }

    public String firstAdministrator() {
        return firstAdministrator;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
