package org.onedoor.platform.tenancy.entity;

/**
 * The administrative levels a center can sit at, from the top. The division code's length and
 * trailing zeros tell the level; the level tells how many leading digits a child must share.
 */
public enum TenantLevel {
    PROVINCE(6, 2),
    CITY(6, 4),
    DISTRICT(6, 6),
    STREET(9, 9),
    COMMUNITY(12, 12);

    private final int codeLength;
    private final int significantDigits;

    TenantLevel(int codeLength, int significantDigits) {
        this.codeLength = codeLength;
        this.significantDigits = significantDigits;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The leading digits of this level's codes that every code beneath it repeats. */
    public int significantDigits() {
        return significantDigits;
    }

    public boolean isAbove(TenantLevel other) {
        return ordinal() < other.ordinal();
    }

    /** Districts and above are created by the platform operator; streets and communities by their parents. */
    public boolean isSubUnit() {
        return this == STREET || this == COMMUNITY;
    }
}
