package org.onedoor.platform.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
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
