package org.onedoor.admin.categories.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** This center no longer uses a category (its own, a default or an inherited one). */
@Entity
@Table(name = "category_deactivation")
public class CategoryDeactivation {

    @Id
    private String code;

    @Column(name = "deactivated_at", nullable = false)
    private OffsetDateTime deactivatedAt;

    @Column(name = "deactivated_by", nullable = false)
    private String deactivatedBy;

    protected CategoryDeactivation() {}

    public CategoryDeactivation(String code, String actor) {
        this.code = code;
        this.deactivatedAt = OffsetDateTime.now();
        this.deactivatedBy = actor;
    }
}
