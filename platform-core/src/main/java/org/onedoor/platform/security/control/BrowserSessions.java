package org.onedoor.platform.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onedoor.platform.security.entity.Caller;

/**
 * The logged-in browsers of this module, by the identity provider's session id, so that a
 * back-channel logout from the provider ends them here as well. A session lives at most {@code
 * onedoor.session.max-hours} (8 by default) whatever its activity, and answers with the memberships
 * the provider knows now, never those copied at login (ADR 0013).
 */
@ApplicationScoped
public class BrowserSessions {

    private static final Logger LOG = Logger.getLogger(BrowserSessions.class.getName());
    private static final String CALLER = BrowserSessions.class.getName() + ".caller";

    private final Map<String, Set<HttpSession>> byProviderSession = new ConcurrentHashMap<>();

    @Inject
    Memberships memberships;

    @Inject
    BrowserLogin browserLogin;

    @Inject
    @ConfigProperty(name = "onedoor.session.max-hours", defaultValue = "8")
    double maxHours;

    Clock clock = Clock.systemUTC();

    /**
     * The caller logged in with the request's session, with the memberships the provider knows now;
     * empty (and the session ended) once the session outlived its absolute lifetime or the provider no
     * longer knows its login.
     */
    public Optional<Caller> caller(HttpServletRequest request) {
        return caller(request.getSession(false));
    }

    /** The caller logged in with {@code session}, e.g. for a websocket handshake of the same browser. */
    public Optional<Caller> caller(HttpSession session) {
        Login login;
        try {
            login = session != null && session.getAttribute(CALLER) instanceof Login found ? found : null;
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
        if (login == null) {
            return Optional.empty();
        }
        if (expired(login.loggedInAt(), clock.instant(), maxLifetime())) {
            LOG.info(() -> "session of " + login.caller().username() + " reached its absolute lifetime");
            invalidate(session);
            return Optional.empty();
        }
        Optional<Caller> current = memberships
                .current(login.caller().subject(), () -> freshAccessToken(login))
                .map(login.caller()::withMemberships);
        if (current.isEmpty()) {
            LOG.info(() -> "the provider no longer knows the login of "
                    + login.caller().username());
            invalidate(session);
        }
        return current;
    }

    /** An access token the provider accepts now: the session's, refreshed when it is about to expire. */
    private Optional<String> freshAccessToken(Login login) {
        synchronized (login) {
            if (login.tokens() == null) {
                return Optional.empty();
            }
            if (!AccessTokenExpiry.expiresWithin(
                    login.tokens().accessToken(), Duration.ofSeconds(10), clock.instant())) {
                return Optional.of(login.tokens().accessToken());
            }
            Optional<BrowserLogin.SessionTokens> fresh = browserLogin.refresh(login.tokens());
            login.tokens(fresh.orElse(null));
            return fresh.map(BrowserLogin.SessionTokens::accessToken);
        }
    }

    /** The caller as logged in, without asking the provider, e.g. to end its provider session at logout. */
    public Optional<Caller> loggedIn(HttpServletRequest request) {
        try {
            HttpSession session = request.getSession(false);
            return session != null && session.getAttribute(CALLER) instanceof Login login
                    ? Optional.of(login.caller())
                    : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** A session logged in at {@code loggedInAt} is over at {@code now} once {@code lifetime} has passed. */
    static boolean expired(Instant loggedInAt, Instant now, Duration lifetime) {
        return !now.isBefore(loggedInAt.plus(lifetime));
    }

    Duration maxLifetime() {
        return Duration.ofSeconds(Math.round(maxHours * 3600));
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // it ended meanwhile
        }
    }

    /** Starts a fresh HTTP session for the caller (a new id, against session fixation). */
    public void begin(HttpServletRequest request, BrowserLogin.Completed completed) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(CALLER, new Login(completed.caller(), completed.tokens(), clock.instant(), this));
    }

    public void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** Ends every session of this module that belongs to the provider session {@code sid}. */
    public int endProviderSession(String sid) {
        Set<HttpSession> sessions = byProviderSession.remove(sid);
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyInvalid) {
                // it ended on its own meanwhile
            }
        }
        int count = ended;
        LOG.info(() -> "back-channel logout ended " + count + " session(s)");
        return count;
    }

    /** Kept in the HTTP session; tracks the session in the registry while bound to it. */
    static final class Login implements HttpSessionBindingListener, Serializable {

        private static final long serialVersionUID = 1L;

        private final Caller caller;
        private final Instant loggedInAt;
        private final transient BrowserSessions registry;
        private BrowserLogin.SessionTokens tokens;

        Login(Caller caller, BrowserLogin.SessionTokens tokens, Instant loggedInAt, BrowserSessions registry) {
            this.caller = caller;
            this.tokens = tokens;
            this.loggedInAt = loggedInAt;
            this.registry = registry;
        }

        Caller caller() {
            return caller;
        }

        Instant loggedInAt() {
            return loggedInAt;
        }

        synchronized BrowserLogin.SessionTokens tokens() {
            return tokens;
        }

        synchronized void tokens(BrowserLogin.SessionTokens fresh) {
            this.tokens = fresh;
        }

        @Override
        public void valueBound(HttpSessionBindingEvent event) {
            if (registry != null && caller.sessionId() != null) {
                registry.byProviderSession
                        .computeIfAbsent(caller.sessionId(), sid -> ConcurrentHashMap.newKeySet())
                        .add(event.getSession());
            }
        }

        @Override
        public void valueUnbound(HttpSessionBindingEvent event) {
            if (registry != null && caller.sessionId() != null) {
                registry.byProviderSession.computeIfPresent(caller.sessionId(), (sid, sessions) -> {
                    sessions.remove(event.getSession());
                    return sessions.isEmpty() ? null : sessions;
                });
            }
        }
    }
}
