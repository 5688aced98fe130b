package org.onedoor.platform.tenancy.control;

import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.onedoor.platform.tenancy.entity.Center;

/** A module's step for every center: its tenant migrations in the center's schema. */
public record ModuleMigrationStep(String module, ClassLoader loader, SchemaMigrations migrations)
        implements ProvisioningStep {

    @Override
    public String name() {
        return module;
    }

    /**
     * The centers among {@code centers} whose schema lacks one of this module's migrations: a schema
     * already at (or past) the newest version is left alone without starting Flyway for it.
     */
    public List<Center> behind(List<Center> centers) throws SQLException {
        MigrationVersion newest = migrations.newestTenantMigration(loader, module);
        var applied = migrations.appliedVersions(
                module, centers.stream().map(Center::schemaName).toList());
        return centers.stream()
                .filter(center -> {
                    var version = applied.get(center.schemaName());
                    return version == null || version.compareTo(newest) < 0;
                })
                .toList();
    }

    @Override
    public String run(Center center) {
        MigrateResult result = migrations.migrateTenant(loader, module, center.schemaName());
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        return "schema version " + version + " (" + result.migrationsExecuted + " applied)";
    }
}
