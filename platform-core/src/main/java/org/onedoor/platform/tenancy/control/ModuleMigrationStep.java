package org.onedoor.platform.tenancy.control;

import org.flywaydb.core.api.output.MigrateResult;
import org.onedoor.platform.tenancy.entity.Center;

/** A module's step for every center: its tenant migrations in the center's schema. */
public record ModuleMigrationStep(String module, ClassLoader loader, SchemaMigrations migrations)
        implements ProvisioningStep {

    @Override
    public String name() {
        return module;
    }

    @Override
    public String run(Center center) {
        MigrateResult result = migrations.migrateTenant(loader, module, center.schemaName());
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        return "schema version " + version + " (" + result.migrationsExecuted + " applied)";
    }
}
