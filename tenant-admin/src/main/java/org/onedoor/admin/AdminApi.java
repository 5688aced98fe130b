package org.onedoor.admin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.onedoor.admin.identities.boundary.MembersResource;
import org.onedoor.admin.onboarding.boundary.OnboardingResource;
import org.onedoor.admin.profile.boundary.ProfileResource;
import org.onedoor.admin.tenants.boundary.TenantsResource;
import org.onedoor.platform.rest.PlatformApi;
import org.onedoor.platform.security.entity.Roles;

/** The administration REST API, {@code /admin/api/v1}. Classes are listed, never scanned (ADR 0001). */
@ApplicationPath(PlatformApi.VERSION_PATH)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "OneDoor 中心管理 API (admin)",
                        version = "v1",
                        description = "Centers (tenants), onboarding, identities and center configuration."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description =
                "An access token of the OneDoor realm (Keycloak): authorization code for people, client credentials for systems.")
@DeclareRoles({
    Roles.PLATFORM_OPERATOR,
    Roles.TENANT_ADMIN,
    Roles.RECEPTIONIST,
    Roles.MEDIATOR,
    Roles.DEPARTMENT_LIAISON,
    Roles.LEADER,
    Roles.GRID_WORKER,
    Roles.OFFICIAL,
    Roles.AUDITOR,
    Roles.INTEGRATION
})
public class AdminApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return PlatformApi.withModuleClasses(
                TenantsResource.class, MembersResource.class, ProfileResource.class, OnboardingResource.class);
    }
}
