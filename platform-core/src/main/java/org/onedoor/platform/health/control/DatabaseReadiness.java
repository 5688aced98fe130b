package org.onedoor.platform.health.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while PostgreSQL answers on this module's pool. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    /** Every module maps {@code jdbc/onedoor} to its own data source in its web.xml. */
    @Resource(name = "jdbc/onedoor")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var answer = HealthCheckResponse.named("postgresql");
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return answer.status(valid)
                    .withData("server", connection.getMetaData().getDatabaseProductVersion())
                    .build();
        } catch (SQLException e) {
            return answer.down().withData("error", e.getMessage()).build();
        }
    }
}
