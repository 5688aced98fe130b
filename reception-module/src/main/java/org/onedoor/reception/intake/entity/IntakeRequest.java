package org.onedoor.reception.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The first answer to an integration's request with this Idempotency-Key, given again to every retry. */
@Entity
@Table(name = "intake_request")
public class IntakeRequest {

    public static final int KEY_LENGTH = 100;

    @Id
    @Column(name = "idempotency_key", length = KEY_LENGTH)
    private String key;

    @Column(nullable = false)
    private String client;

    @Column(name = "request_hash", nullable = false)
    private String requestHash;

    @Column(name = "matter_id", nullable = false)
    private UUID matterId;

    @Column(name = "response_status", nullable = false)
    private short responseStatus;

    @Column(name = "response_body", nullable = false)
    private String responseBody;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected IntakeRequest() {}

    public IntakeRequest(String key, String client, String requestHash, UUID matterId, int status, String body) {
        this.key = key;
        this.client = client;
        this.requestHash = requestHash;
        this.matterId = matterId;
        this.responseStatus = (short) status;
        this.responseBody = body;
        this.createdAt = OffsetDateTime.now();
    }

    /** The same client sent the same request again. */
    public boolean isRetryOf(String client, String requestHash) {
        return this.client.equals(client) && this.requestHash.equals(requestHash);
    }

    public UUID matterId() {
        return matterId;
    }

    public int responseStatus() {
        return responseStatus;
    }

    public String responseBody() {
        return responseBody;
    }
}
