package org.onedoor.platform.security.boundary;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.ParseException;
import java.util.logging.Logger;
import org.onedoor.platform.security.control.BrowserSessions;
import org.onedoor.platform.security.control.OidcProvider;
import org.onedoor.platform.security.control.OidcSettings;

/**
 * OpenID Connect back-channel logout: the identity provider posts a signed logout token here when a
 * user's session ends (logout in any module, or an administrator ending it), and this module ends
 * that user's sessions.
 */
public class BackchannelLogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BackchannelLogoutServlet.class.getName());

    @Inject
    transient OidcProvider provider;

    @Inject
    transient BrowserSessions browserSessions;

    @Inject
    transient OidcSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        String token = request.getParameter("logout_token");
        if (token == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            LogoutTokenClaimsSet claims =
                    provider.logoutTokenValidator(settings.clientId(request)).validate(JWTParser.parse(token));
            if (claims.getSessionID() != null) {
                browserSessions.endProviderSession(claims.getSessionID().getValue());
            }
            response.setStatus(HttpServletResponse.SC_OK);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            LOG.warning(() -> "back-channel logout token refused: " + e.getMessage());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
