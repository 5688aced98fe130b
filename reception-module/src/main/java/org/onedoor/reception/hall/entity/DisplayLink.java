package org.onedoor.reception.hall.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A link that opens the center's hall display without a login, for the hall's television: a label
 * ("一楼大厅电视"), who made it and when, and, once revoked, who revoked it and when. Only the
 * token's hash is kept (ADR 0024). A revoked link stays listed and never opens again.
 */
@Entity
@Table(name = "display_link")
public class DisplayLink {

    public static final int LABEL_MAX = 60;

    @Id
    private UUID id;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Version
    private long version;

    protected DisplayLink() {}

    /** Whether {@code label} may name a display: some text, at most {@value #LABEL_MAX} characters. */
    public static boolean validLabel(String label) {
        return label != null && !label.isBlank() && label.strip().length() <= LABEL_MAX;
    }

    /** A new link opening the display with {@code token}, made by {@code actor}. */
    public static DisplayLink create(String label, DisplayToken token, String actor) {
        if (!validLabel(label)) {
            throw new IllegalArgumentException("A display link needs a label of 1 to " + LABEL_MAX + " characters.");
        }
        DisplayLink link = new DisplayLink();
        link.id = UUID.randomUUID();
        link.label = label.strip();
        link.tokenHash = Objects.requireNonNull(token, "The token is required.").hash();
        link.createdBy = Objects.requireNonNull(actor, "Who creates the link is required.");
        link.createdAt = OffsetDateTime.now();
        return link;
    }

    /**
     * Stops the link: a display using it goes dark. Revoking a revoked link changes nothing (the first
     * revocation is the one on record); answers whether this call revoked it.
     */
    public boolean revoke(String actor) {
        Objects.requireNonNull(actor, "Who revokes the link is required.");
        if (!isActive()) {
            return false;
        }
        revokedBy = actor;
        revokedAt = OffsetDateTime.now();
        return true;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    /** Whether {@code token} is the one this link was made with. */
    public boolean opensWith(DisplayToken token) {
        return token != null && tokenHash.equals(token.hash());
    }

    public UUID id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public Optional<String> revokedBy() {
        return Optional.ofNullable(revokedBy);
    }

    public Optional<OffsetDateTime> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
