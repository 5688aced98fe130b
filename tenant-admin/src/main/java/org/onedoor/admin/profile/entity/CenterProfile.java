package org.onedoor.admin.profile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * How a center presents itself: address, phone, opening hours, introduction. One per center, in the
 * center's own schema (the table has no schema: the transaction's center decides).
 */
@Entity
@Table(name = "center_profile")
public class CenterProfile {

    public static final int ADDRESS_LENGTH = 200;
    public static final int PHONE_LENGTH = 40;
    public static final int OPENING_HOURS_LENGTH = 200;
    public static final int INTRODUCTION_LENGTH = 2000;

    @Id
    private short id = 1;

    @Column(length = ADDRESS_LENGTH)
    private String address;

    @Column(length = PHONE_LENGTH)
    private String phone;

    @Column(name = "opening_hours", length = OPENING_HOURS_LENGTH)
    private String openingHours;

    @Column(length = INTRODUCTION_LENGTH)
    private String introduction;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    /** Two administrators editing at once: the second sees a conflict instead of overwriting the first. */
    @Version
    private long version;

    protected CenterProfile() {}

    public static CenterProfile blank(String actor) {
        CenterProfile profile = new CenterProfile();
        profile.updatedAt = OffsetDateTime.now();
        profile.updatedBy = actor;
        return profile;
    }

    public void describe(String address, String phone, String openingHours, String introduction, String actor) {
        this.address = address;
        this.phone = phone;
        this.openingHours = openingHours;
        this.introduction = introduction;
        this.updatedAt = OffsetDateTime.now();
        this.updatedBy = actor;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String openingHours() {
        return openingHours;
    }

    public String introduction() {
        return introduction;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
