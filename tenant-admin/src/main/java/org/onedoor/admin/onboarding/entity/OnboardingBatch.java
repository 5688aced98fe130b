package org.onedoor.admin.onboarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One uploaded onboarding file: first its administrators' accounts are made (ACCOUNTS), then all its
 * centers are created at once (CREATED) — or nothing is created and the batch FAILED with the reason.
 */
@Entity
@Table(schema = "platform", name = "onboarding_batch")
public class OnboardingBatch {

    public enum Status {
        ACCOUNTS,
        CREATED,
        FAILED
    }

    /** As long as the column {@code file_name} allows. */
    public static final int FILE_NAME_LENGTH = 255;

    @Id
    private UUID id;

    @Column(name = "file_name", length = FILE_NAME_LENGTH)
    private String fileName;

    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private Status status;

    private String failure;

    @Column(nullable = false)
    private int total;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected OnboardingBatch() {}

    public static OnboardingBatch received(String fileName, int total, String actor) {
        OnboardingBatch batch = new OnboardingBatch();
        batch.id = UUID.randomUUID();
        batch.fileName = fileName;
        batch.status = Status.ACCOUNTS;
        batch.total = total;
        batch.createdAt = OffsetDateTime.now();
        batch.createdBy = actor;
        batch.updatedAt = batch.createdAt;
        return batch;
    }

    public void centersCreated() {
        status = Status.CREATED;
        updatedAt = OffsetDateTime.now();
    }

    public void fail(String reason) {
        status = Status.FAILED;
        failure = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 1997) + "…";
        updatedAt = OffsetDateTime.now();
    }

    public UUID id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public Status status() {
        return status;
    }

    public String failure() {
        return failure;
    }

    public int total() {
        return total;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
