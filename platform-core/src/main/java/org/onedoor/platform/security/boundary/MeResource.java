package org.onedoor.platform.security.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.onedoor.platform.security.control.CurrentCaller;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.Roles;

/**
 * Who the caller is to this module: name and roles. Every module answers it, under its own API; it
 * also declares, once for every module's OpenAPI document, how callers authenticate.
 */
@Path("me")
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token of the OneDoor realm (Keycloak): authorization code for people,"
                + " client credentials for systems.")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String username, String displayName, List<String> roles) {}

    @Context
    SecurityContext security;

    @Inject
    CurrentCaller currentCaller;

    @GET
    public Me me() {
        String username = security.getUserPrincipal().getName();
        String displayName = currentCaller.find().map(Caller::displayName).orElse(username);
        List<String> roles = Roles.ALL.stream().filter(security::isUserInRole).toList();
        return new Me(username, displayName, roles);
    }
}
