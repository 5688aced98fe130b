package org.onedoor.admin.identities.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One grant or revocation of a center role: who ({@code changedBy}) changed whose role, where and when. */
@Entity
@Table(schema = "platform", name = "role_change")
public class RoleChange {

    public enum Change {
        GRANTED,
        REVOKED
    }

    @Id
    private UUID id;

    @Column(name = "center_code", nullable = false)
    private String centerCode;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Change change;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected RoleChange() {}

    public static RoleChange of(String centerCode, String username, String role, Change change, String actor) {
        RoleChange made = new RoleChange();
        made.id = UUID.randomUUID();
        made.centerCode = Objects.requireNonNull(centerCode);
        made.username = Objects.requireNonNull(username);
        made.role = Objects.requireNonNull(role);
        made.change = Objects.requireNonNull(change);
        made.changedBy = Objects.requireNonNull(actor, "An actor is required.");
        made.changedAt = OffsetDateTime.now();
        return made;
    }

    public UUID id() {
        return id;
    }

    public String centerCode() {
        return centerCode;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }

    public Change change() {
        return change;
    }

    public String changedBy() {
        return changedBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
