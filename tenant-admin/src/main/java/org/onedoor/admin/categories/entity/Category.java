package org.onedoor.admin.categories.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dispute category in this center's own table: one of the defaults, or one the center added. */
@Entity
@Table(name = "category")
public class Category {

    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 60;
    /** Stable ASCII slugs: they travel into case files and statistics. */
    public static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{1,39}";

    public enum Origin {
        DEFAULT,
        OWN
    }

    @Id
    @Column(length = CODE_LENGTH)
    private String code;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "name_en", length = NAME_LENGTH)
    private String nameEn;

    @Column(name = "parent_code", length = CODE_LENGTH)
    private String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Origin origin;

    @Column(nullable = false)
    private int position;

    protected Category() {}

    public static Category own(String code, String name, String nameEn, String parentCode, int position) {
        Category category = new Category();
        category.code = code;
        category.origin = Origin.OWN;
        category.parentCode = parentCode;
        category.position = position;
        category.rename(name, nameEn);
        return category;
    }

    public void rename(String name, String nameEn) {
        this.name = name;
        this.nameEn = nameEn;
    }

    public boolean isOwn() {
        return origin == Origin.OWN;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public String parentCode() {
        return parentCode;
    }

    public Origin origin() {
        return origin;
    }

    public int position() {
        return position;
    }
}
