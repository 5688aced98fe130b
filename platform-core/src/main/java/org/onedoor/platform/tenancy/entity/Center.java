package org.onedoor.platform.tenancy.entity;

import java.util.Objects;

/** A center as every module sees it from the registry: enough to bind its schema and name it. */
public record Center(DivisionCode code, String name, TenantStatus status, String schemaName) {

    public Center {
        Objects.requireNonNull(code, "code is required");
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(schemaName, "schema is required");
    }

    public TenantLevel level() {
        return code.level();
    }
}
