package org.onedoor.platform.security.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.Optional;
import org.onedoor.platform.problems.entity.UnavailableException;
import org.onedoor.platform.security.entity.Caller;

/**
 * The browser side of single sign-on: OpenID Connect authorization code flow with PKCE (S256),
 * state and nonce, against the configured provider. Every module is its own client of the provider;
 * the provider's session cookie makes the second module's login silent.
 */
@ApplicationScoped
public class BrowserLogin {

    public static final String CALLBACK_PATH = "/oidc/callback";
    private static final String PENDING = BrowserLogin.class.getName() + ".pending";

    @Inject
    OidcProvider provider;

    @Inject
    OidcSettings settings;

    /** A login that was started and not yet completed, kept in the HTTP session under its state. */
    record PendingLogin(String nonce, String codeVerifier, String returnTo) implements Serializable {}

    public boolean isCallback(HttpServletRequest request) {
        return CALLBACK_PATH.equals(pathWithinModule(request));
    }

    /** Where to send the browser to log in; remembers where it wanted to go (for GET requests). */
    public URI start(HttpServletRequest request) {
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        String returnTo = "GET".equals(request.getMethod()) ? originalUrl(request) : request.getContextPath() + "/";
        request.getSession(true)
                .setAttribute(
                        PENDING + state.getValue(), new PendingLogin(nonce.getValue(), verifier.getValue(), returnTo));
        return new AuthenticationRequest.Builder(
                        new ResponseType(ResponseType.Value.CODE),
                        Scope.parse(settings.scope()),
                        new ClientID(settings.clientId(request)),
                        redirectUri(request))
                .endpointURI(provider.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /**
     * Completes a login from the provider's redirect: checks the state, exchanges the code with the
     * PKCE verifier, validates the ID token and its nonce.
     */
    public Completed complete(HttpServletRequest request) throws LoginFailedException {
        HttpSession session = request.getSession(false);
        try {
            AuthenticationResponse response = AuthenticationResponseParser.parse(URI.create(fullUrl(request)));
            if (response instanceof AuthenticationErrorResponse error) {
                throw new LoginFailedException(
                        "provider answered " + error.getErrorObject().getCode());
            }
            String state =
                    response.getState() == null ? "" : response.getState().getValue();
            PendingLogin pending = session == null ? null : takePending(session, state);
            if (pending == null) {
                throw new LoginFailedException("unknown or expired login state");
            }
            AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
            HTTPRequest http = tokenRequest(
                            request,
                            new AuthorizationCodeGrant(
                                    code, redirectUri(request), new CodeVerifier(pending.codeVerifier())))
                    .toHTTPRequest();
            http.setConnectTimeout(settings.timeoutMillis());
            http.setReadTimeout(settings.timeoutMillis());
            TokenResponse tokens = OIDCTokenResponseParser.parse(http.send());
            if (!tokens.indicatesSuccess()) {
                throw new LoginFailedException("token request refused: "
                        + tokens.toErrorResponse().getErrorObject().getCode());
            }
            JWT idToken = ((OIDCTokenResponse) tokens.toSuccessResponse())
                    .getOIDCTokens()
                    .getIDToken();
            var claims =
                    provider.idTokenValidator(settings.clientId(request)).validate(idToken, new Nonce(pending.nonce()));
            Caller caller = Claims.caller(claims.toJWTClaimsSet(), settings.groupsClaim(), idToken.serialize());
            var accessTokens = tokens.toSuccessResponse().getTokens();
            return new Completed(
                    caller,
                    pending.returnTo(),
                    new SessionTokens(
                            settings.clientId(request),
                            accessTokens.getAccessToken().getValue(),
                            accessTokens.getRefreshToken() == null
                                    ? null
                                    : accessTokens.getRefreshToken().getValue()));
        } catch (ParseException | java.text.ParseException | BadJOSEException | JOSEException | IOException e) {
            throw new LoginFailedException(e.getMessage(), e);
        }
    }

    public record Completed(Caller caller, String returnTo, SessionTokens tokens) {}

    /**
     * The tokens a browser session keeps to ask the provider who its person is now (ADR 0013); the
     * client is the module's, as at login.
     */
    public record SessionTokens(String clientId, String accessToken, String refreshToken) implements Serializable {}

    /**
     * Fresh tokens for a browser session; empty when the provider no longer honours the refresh token
     * (its session ended or idled out, the person was disabled): the browser then logs in again.
     */
    public Optional<SessionTokens> refresh(SessionTokens tokens) {
        if (tokens.refreshToken() == null) {
            return Optional.empty();
        }
        try {
            HTTPRequest http = tokenRequest(
                            tokens.clientId(), new RefreshTokenGrant(new RefreshToken(tokens.refreshToken())))
                    .toHTTPRequest();
            http.setConnectTimeout(settings.timeoutMillis());
            http.setReadTimeout(settings.timeoutMillis());
            var answer = http.send();
            if (answer.getStatusCode() == 400 || answer.getStatusCode() == 401) {
                return Optional.empty();
            }
            TokenResponse response = TokenResponse.parse(answer);
            if (!response.indicatesSuccess()) {
                throw UnavailableException.identityProvider(
                        settings.issuer(),
                        new IOException("token endpoint answered "
                                + response.toErrorResponse().getErrorObject().getCode()));
            }
            var fresh = response.toSuccessResponse().getTokens();
            return Optional.of(new SessionTokens(
                    tokens.clientId(),
                    fresh.getAccessToken().getValue(),
                    fresh.getRefreshToken() == null
                            ? tokens.refreshToken()
                            : fresh.getRefreshToken().getValue()));
        } catch (IOException | ParseException e) {
            throw UnavailableException.identityProvider(settings.issuer(), e);
        }
    }

    /** Where to send the browser so the provider ends its session too, and then back to this module. */
    public URI endSession(HttpServletRequest request, Caller caller) {
        URI endpoint = provider.metadata().getEndSessionEndpointURI();
        URI back = URI.create(baseUrl(request) + request.getContextPath() + "/");
        try {
            JWT hint = caller == null || caller.idToken() == null ? null : JWTParser.parse(caller.idToken());
            return new LogoutRequest(endpoint, hint, back, null).toURI();
        } catch (java.text.ParseException e) {
            return new LogoutRequest(endpoint).toURI();
        }
    }

    /** A confidential client authenticates with its secret; a public one relies on PKCE alone. */
    private TokenRequest tokenRequest(HttpServletRequest request, AuthorizationGrant grant) {
        return tokenRequest(settings.clientId(request), grant);
    }

    private TokenRequest tokenRequest(String clientId, AuthorizationGrant grant) {
        URI endpoint = provider.metadata().getTokenEndpointURI();
        ClientID client = new ClientID(clientId);
        return settings.clientSecret()
                .map(secret ->
                        new TokenRequest(endpoint, new ClientSecretBasic(client, new Secret(secret)), grant, null))
                .orElseGet(() -> new TokenRequest(endpoint, client, grant, null));
    }

    private URI redirectUri(HttpServletRequest request) {
        return URI.create(baseUrl(request) + request.getContextPath() + CALLBACK_PATH);
    }

    private String baseUrl(HttpServletRequest request) {
        return settings.publicUrl().orElseGet(() -> {
            StringBuffer url = request.getRequestURL();
            return url.substring(0, url.length() - request.getRequestURI().length());
        });
    }

    private String fullUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return baseUrl(request) + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static String originalUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    static String pathWithinModule(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static PendingLogin takePending(HttpSession session, String state) {
        Object pending = session.getAttribute(PENDING + state);
        session.removeAttribute(PENDING + state);
        return pending instanceof PendingLogin login ? login : null;
    }
}
