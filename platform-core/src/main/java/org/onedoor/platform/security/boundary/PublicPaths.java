package org.onedoor.platform.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** The few paths of a module anyone may reach without logging in. */
final class PublicPaths {

    private static final List<String> PREFIXES = List.of(
            "/health/", "/oidc/backchannel-logout", "/logout", "/jakarta.faces.resource/", "/openapi", "/favicon.ico");

    private PublicPaths() {}

    static boolean isPublic(HttpServletRequest request) {
        String path = pathWithinModule(request);
        return PREFIXES.stream().anyMatch(path::startsWith);
    }

    static boolean isApi(HttpServletRequest request) {
        return pathWithinModule(request).startsWith("/api/");
    }

    private static String pathWithinModule(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
