package org.onedoor.platform.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** The few paths of a module anyone may reach without logging in. */
final class PublicPaths {

    /**
     * {@code /display/}: a hall display, which its display link opens instead of a login — the link's
     * token is its credential, checked by the page itself (reception, ADR 0024). Only this folder: the
     * administrators' {@code /displays.xhtml} beside it needs a login like every other page.
     */
    private static final List<String> PREFIXES = List.of(
            "/health/",
            "/oidc/backchannel-logout",
            "/logout",
            "/jakarta.faces.resource/",
            "/openapi",
            "/favicon.ico",
            "/display/");

    private PublicPaths() {}

    static boolean isPublic(HttpServletRequest request) {
        String path = pathWithinModule(request);
        return isPlain(path) && PREFIXES.stream().anyMatch(path::startsWith);
    }

    /**
     * Whether the path says literally where it goes: no dot segments, escapes or path parameters that
     * the container would resolve to another resource than the prefix suggests
     * ({@code /display/../desk.xhtml}). Browsers never send those; a request that does logs in.
     */
    static boolean isPlain(String path) {
        return !path.contains("/../")
                && !path.contains("/./")
                && !path.endsWith("/..")
                && !path.endsWith("/.")
                && path.indexOf('%') < 0
                && path.indexOf(';') < 0
                && path.indexOf('\\') < 0;
    }

    static boolean isApi(HttpServletRequest request) {
        return pathWithinModule(request).startsWith("/api/");
    }

    private static String pathWithinModule(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
