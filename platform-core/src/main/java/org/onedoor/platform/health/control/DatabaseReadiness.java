package org.onedoor.platform.health.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while PostgreSQL answers on this module's pool. Says nothing else: the probe is public,
 * and a server version or a driver's message would tell an attacker what to try.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    /** Every module maps {@code jdbc/onedoor} to its own data source in its web.xml. */
    @Resource(name = "jdbc/onedoor")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var answer = HealthCheckResponse.named("postgresql");
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return answer.status(valid).build();
        } catch (SQLException e) {
            // the probe is public: the reason goes to the log, not to whoever asks
            LOG.warning(() -> "readiness: PostgreSQL not reachable: " + e);
            return answer.down().build();
        }
    }
}
