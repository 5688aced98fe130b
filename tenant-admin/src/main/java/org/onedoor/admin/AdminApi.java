package org.onedoor.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.onedoor.admin.calendar.boundary.CalendarYearsResource;
import org.onedoor.admin.calendar.boundary.LocalDaysResource;
import org.onedoor.admin.categories.boundary.CategoriesResource;
import org.onedoor.admin.identities.boundary.IntegrationsResource;
import org.onedoor.admin.identities.boundary.MembersResource;
import org.onedoor.admin.identities.boundary.RoleChangesResource;
import org.onedoor.admin.onboarding.boundary.OnboardingResource;
import org.onedoor.admin.profile.boundary.ProfileResource;
import org.onedoor.admin.rooms.boundary.RoomsResource;
import org.onedoor.admin.routing.boundary.IntakeConfigurationResource;
import org.onedoor.admin.routing.boundary.RoutingResource;
import org.onedoor.admin.tenants.boundary.DelegationFilter;
import org.onedoor.admin.tenants.boundary.TenantsResource;
import org.onedoor.admin.tenants.boundary.TreeResource;
import org.onedoor.admin.timelimits.boundary.TimeLimitsResource;
import org.onedoor.platform.rest.PlatformApi;

/** The administration REST API, {@code /admin/api/v1}. Classes are listed, never scanned (ADR 0001). */
@ApplicationPath(PlatformApi.VERSION_PATH)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "OneDoor 中心管理 API (admin)",
                        version = "v1",
                        description = "Centers (tenants), onboarding, identities and center configuration."),
        security = @SecurityRequirement(name = "bearer"))
public class AdminApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return PlatformApi.withModuleClasses(
                DelegationFilter.class,
                TenantsResource.class,
                TreeResource.class,
                MembersResource.class,
                RoleChangesResource.class,
                IntegrationsResource.class,
                ProfileResource.class,
                RoomsResource.class,
                CategoriesResource.class,
                RoutingResource.class,
                IntakeConfigurationResource.class,
                OnboardingResource.class,
                CalendarYearsResource.class,
                LocalDaysResource.class,
                TimeLimitsResource.class);
    }
}
