package org.onedoor.platform.health.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * This module's own health, at {@code /<module>/health/live} and {@code /<module>/health/ready}, in
 * the MicroProfile Health format. The server-wide {@code /health} covers every deployed module at
 * once; this one lets a load balancer route per module and shows which module is not ready.
 */
public class ModuleHealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ModuleHealthServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Annotation qualifier = switch (kind) {
            case "/live" -> Liveness.Literal.INSTANCE;
            case "/ready" -> Readiness.Literal.INSTANCE;
            default -> null;
        };
        if (qualifier == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean up = true;
        JsonArrayBuilder checks = Json.createArrayBuilder();
        for (HealthCheck check : CDI.current().select(HealthCheck.class, qualifier)) {
            HealthCheckResponse result = call(check);
            up &= result.getStatus() == HealthCheckResponse.Status.UP;
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("name", result.getName())
                    .add("status", result.getStatus().name());
            result.getData().ifPresent(data -> {
                JsonObjectBuilder details = Json.createObjectBuilder();
                data.forEach((key, value) -> details.add(key, String.valueOf(value)));
                json.add("data", details);
            });
            checks.add(json);
        }
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("status", up ? "UP" : "DOWN")
                        .add("checks", checks)
                        .build()
                        .toString());
    }

    private static HealthCheckResponse call(HealthCheck check) {
        try {
            return check.call();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "health check " + check.getClass().getSimpleName() + " failed", e);
            return HealthCheckResponse.named(check.getClass().getSimpleName())
                    .down()
                    .build();
        }
    }
}
