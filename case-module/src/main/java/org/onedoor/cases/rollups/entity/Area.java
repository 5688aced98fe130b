package org.onedoor.cases.rollups.entity;

import org.onedoor.platform.tenancy.entity.TenantLevel;

/** A center with everything beneath it, as the statistics name it. */
public record Area(String code, String name, TenantLevel level) {

    /** Streets and communities are small: they never show what their matters are about (SmallCounts). */
    public boolean isSmall() {
        return level.isSubUnit();
    }
}
