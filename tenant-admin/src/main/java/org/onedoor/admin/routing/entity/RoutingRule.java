package org.onedoor.admin.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Matters of a category go to a room (分流). A subcategory's rule wins over its parent's. */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    @Id
    @Column(name = "category_code")
    private String categoryCode;

    @Column(name = "room_id", nullable = false)
    private UUID roomId;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected RoutingRule() {}

    public RoutingRule(String categoryCode, UUID roomId, String actor) {
        this.categoryCode = categoryCode;
        sendTo(roomId, actor);
    }

    public void sendTo(UUID roomId, String actor) {
        this.roomId = roomId;
        this.updatedAt = OffsetDateTime.now();
        this.updatedBy = actor;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public UUID roomId() {
        return roomId;
    }
}
