package org.onedoor.platform.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.onedoor.platform.security.entity.Caller;

/**
 * The logged-in browsers of this module, by the identity provider's session id, so that a
 * back-channel logout from the provider ends them here as well.
 */
@ApplicationScoped
public class BrowserSessions {

    private static final Logger LOG = Logger.getLogger(BrowserSessions.class.getName());
    private static final String CALLER = BrowserSessions.class.getName() + ".caller";

    private final Map<String, Set<HttpSession>> byProviderSession = new ConcurrentHashMap<>();

    public Optional<Caller> caller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        return session.getAttribute(CALLER) instanceof Login login ? Optional.of(login.caller()) : Optional.empty();
    }

    /** The caller logged in with {@code session}, e.g. for a websocket handshake of the same browser. */
    public Optional<Caller> caller(HttpSession session) {
        return session != null && session.getAttribute(CALLER) instanceof Login login
                ? Optional.of(login.caller())
                : Optional.empty();
    }

    /** Starts a fresh HTTP session for the caller (a new id, against session fixation). */
    public void begin(HttpServletRequest request, Caller caller) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(CALLER, new Login(caller, this));
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
        private final transient BrowserSessions registry;

        Login(Caller caller, BrowserSessions registry) {
            this.caller = caller;
            this.registry = registry;
        }

        Caller caller() {
            return caller;
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
