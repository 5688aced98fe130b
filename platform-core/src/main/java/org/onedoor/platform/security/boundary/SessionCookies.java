package org.onedoor.platform.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import org.onedoor.platform.security.control.OidcSettings;

/**
 * The browser session cookie (ADR 0013): HttpOnly; SameSite=Lax, so another site's forms and
 * scripts never carry it while the identity provider's redirect back to the login callback (a
 * top-level navigation from another site) still does, which Strict would break; Secure when the
 * platform is published over HTTPS ({@code onedoor.public-url} https, e.g. behind a proxy) — the
 * container itself marks it Secure for requests that arrive over HTTPS.
 */
public class SessionCookies implements ServletContextListener {

    @Inject
    OidcSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        if (settings.publicUrl().filter(url -> url.startsWith("https://")).isPresent()) {
            cookie.setSecure(true);
        }
    }
}
