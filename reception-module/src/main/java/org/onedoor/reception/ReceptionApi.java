package org.onedoor.reception;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.onedoor.platform.rest.PlatformApi;
import org.onedoor.reception.hall.boundary.DisplaysResource;
import org.onedoor.reception.intake.boundary.IntakeResource;
import org.onedoor.reception.matters.boundary.MattersResource;

/** The reception REST API, {@code /reception/api/v1}. Classes are listed, never scanned (ADR 0001). */
@ApplicationPath(PlatformApi.VERSION_PATH)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "OneDoor 前台接待 API (reception)",
                        version = "v1",
                        description =
                                "Intake from every channel, tickets, triage and dispatch; the hall display's links."),
        security = @SecurityRequirement(name = "bearer"))
public class ReceptionApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return PlatformApi.withModuleClasses(MattersResource.class, IntakeResource.class, DisplaysResource.class);
    }
}
