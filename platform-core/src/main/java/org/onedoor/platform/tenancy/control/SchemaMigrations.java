package org.onedoor.platform.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway for the shared {@code platform} schema and for each center's schema. Every module owns its
 * tenant migrations ({@code db/tenant/<module>}) and its own history table ({@code flyway_<module>}),
 * so modules migrate independently. Flyway takes an advisory lock per history table: two instances
 * starting together migrate a schema one after the other.
 */
@ApplicationScoped
public class SchemaMigrations {

    public static final String PLATFORM_SCHEMA = "platform";

    @Inject
    DatabaseSettings database;

    /** Brings the shared {@code platform} schema (registry, read models) up to date. */
    public MigrateResult migratePlatform(ClassLoader loader) {
        return flyway(loader, PLATFORM_SCHEMA, "flyway_platform", "classpath:db/platform")
                .migrate();
    }

    /** Brings {@code module}'s tables in one center's schema up to date, creating the schema if needed. */
    public MigrateResult migrateTenant(ClassLoader loader, String module, String schema) {
        return flyway(loader, schema, "flyway_" + module, "classpath:db/tenant/" + module)
                .migrate();
    }

    /**
     * The newest migration {@code module} brings (read once per start from its class path, without
     * touching any center's schema).
     */
    public MigrationVersion newestTenantMigration(ClassLoader loader, String module) {
        return Arrays.stream(flyway(loader, PLATFORM_SCHEMA, "flyway_" + module, "classpath:db/tenant/" + module)
                        .info()
                        .all())
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(MigrationVersion.EMPTY);
    }

    /**
     * The newest version {@code module} applied successfully in each of {@code schemas}, read on one
     * connection; a schema without the module's history is absent from the answer.
     */
    public Map<String, MigrationVersion> appliedVersions(String module, Collection<String> schemas)
            throws SQLException {
        Map<String, MigrationVersion> versions = new HashMap<>();
        try (Connection connection = database.connect();
                Statement query = connection.createStatement()) {
            for (String schema : schemas) {
                if (!schema.matches("[a-z0-9_]+")) {
                    continue;
                }
                try (ResultSet row = query.executeQuery("select version from " + schema + ".flyway_" + module
                        + " where success and version is not null order by installed_rank desc limit 1")) {
                    if (row.next()) {
                        versions.put(schema, MigrationVersion.fromVersion(row.getString(1)));
                    }
                } catch (SQLException noHistoryYet) {
                    // the module never migrated this schema: it is not current
                }
            }
        }
        return versions;
    }

    private Flyway flyway(ClassLoader loader, String schema, String historyTable, String location) {
        return Flyway.configure(loader)
                .dataSource(database.url(), database.user(), database.password())
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                // the schema is shared by every module, each with its own history: another module's
                // tables are not a reason to refuse; the module's history starts below its V1
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .table(historyTable)
                .locations(location)
                .failOnMissingLocations(true)
                .load();
    }
}
