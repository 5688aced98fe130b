package org.onedoor.admin.tenants.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.onedoor.platform.tenancy.entity.StepStatus;

/**
 * One provisioning step of a center (a module's migrations, the identity provider) as the workers
 * recorded it. The workers write these rows; administration creates them and reads them.
 */
@Entity
@Table(schema = "platform", name = "tenant_provisioning")
@IdClass(ProvisioningRecord.Key.class)
public class ProvisioningRecord {

    /** The composite key: center and step (a class, not a record: JPA sets its fields). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String tenantCode;
        private String step;

        public Key() {}

        public Key(String tenantCode, String step) {
            this.tenantCode = tenantCode;
            this.step = step;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(tenantCode, key.tenantCode)
                    && Objects.equals(step, key.step);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantCode, step);
        }
    }

    @Id
    @Column(name = "tenant_code")
    private String tenantCode;

    @Id
    private String step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StepStatus status;

    private String detail;

    private int attempts;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected ProvisioningRecord() {}

    /** A step the center now waits for. */
    public static ProvisioningRecord pending(String tenantCode, String step) {
        ProvisioningRecord record = new ProvisioningRecord();
        record.tenantCode = tenantCode;
        record.step = step;
        record.status = StepStatus.PENDING;
        record.updatedAt = OffsetDateTime.now();
        return record;
    }

    /** Makes a failed step wait again, to be retried from the start. */
    public void retry() {
        if (status == StepStatus.FAILED) {
            status = StepStatus.PENDING;
            detail = null;
            updatedAt = OffsetDateTime.now();
        }
    }

    public String step() {
        return step;
    }

    public StepStatus status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public int attempts() {
        return attempts;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime finishedAt() {
        return finishedAt;
    }
}
