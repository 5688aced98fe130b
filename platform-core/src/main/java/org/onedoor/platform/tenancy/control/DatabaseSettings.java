package org.onedoor.platform.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Plain connections for work outside request transactions: schema migrations (Flyway must not run in
 * a JTA transaction, and its session settings must never reach the application pool) and the
 * provisioning ledger of background workers.
 */
@ApplicationScoped
public class DatabaseSettings {

    @Inject
    @ConfigProperty(name = "onedoor.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "onedoor.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "onedoor.db.password", defaultValue = "")
    String password;

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
