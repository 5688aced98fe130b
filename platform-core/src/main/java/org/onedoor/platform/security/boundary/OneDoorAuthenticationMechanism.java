package org.onedoor.platform.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import org.onedoor.platform.problems.boundary.CorrelationIds;
import org.onedoor.platform.problems.entity.UnavailableException;
import org.onedoor.platform.security.control.AccessTokens;
import org.onedoor.platform.security.control.BrowserLogin;
import org.onedoor.platform.security.control.BrowserSessions;
import org.onedoor.platform.security.control.LoginFailedException;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.CallerPrincipal;

/**
 * The one authentication mechanism of every module. API calls bring a bearer token and get a
 * problem+json 401 without one; browsers log in through the identity provider (single sign-on) and
 * keep an HTTP session. Everything but a few public paths needs a login; roles are checked where
 * the work is done ({@code @RolesAllowed}).
 */
@ApplicationScoped
public class OneDoorAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(OneDoorAuthenticationMechanism.class.getName());
    private static final String BEARER = "Bearer ";

    @Inject
    AccessTokens accessTokens;

    @Inject
    BrowserLogin browserLogin;

    @Inject
    BrowserSessions browserSessions;

    @Inject
    Refusals refusals;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (UnavailableException e) {
            String correlationId = CorrelationIds.of(request, response);
            LOG.warning(() -> "correlationId=" + correlationId + " identity provider unavailable: " + e.getCause());
            return refusals.send(request, response, 503, null);
        }
    }

    private AuthenticationStatus authenticate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<Caller> caller =
                    accessTokens.verify(authorization.substring(BEARER.length()).strip());
            return caller.map(c -> login(context, c))
                    .orElseGet(() -> refusals.send(request, response, 401, "invalid_token"));
        }
        if (browserLogin.isCallback(request)) {
            return completeBrowserLogin(request, response, context);
        }
        Optional<Caller> known = browserSessions.caller(request);
        if (known.isPresent()) {
            return login(context, known.get());
        }
        if (PublicPaths.isPublic(request)) {
            return context.doNothing();
        }
        if (PublicPaths.isApi(request)) {
            return refusals.send(request, response, 401, null);
        }
        return startBrowserLogin(request, response, context);
    }

    private AuthenticationStatus login(HttpMessageContext context, Caller caller) {
        return context.notifyContainerAboutLogin(new CallerPrincipal(caller), caller.groups());
    }

    private AuthenticationStatus startBrowserLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        URI provider = browserLogin.start(request);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an Ajax request cannot follow a 302; Faces understands this redirect instruction
            return partialResponseRedirect(response, provider);
        }
        return context.redirect(provider.toString());
    }

    private AuthenticationStatus completeBrowserLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            BrowserLogin.Completed completed = browserLogin.complete(request);
            browserSessions.begin(request, completed);
            LOG.info(() -> "browser login of " + completed.caller().username());
            return context.redirect(completed.returnTo());
        } catch (LoginFailedException e) {
            String correlationId = CorrelationIds.of(request, response);
            LOG.info(() -> "correlationId=" + correlationId + " browser login failed: " + e.getMessage());
            return refusals.loginFailed(request, response);
        }
    }

    private static AuthenticationStatus partialResponseRedirect(HttpServletResponse response, URI target) {
        try {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + target.toString().replace("&", "&amp;") + "\"/></partial-response>");
            response.flushBuffer();
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
