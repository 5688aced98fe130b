package org.onedoor.cases.workbench.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpSession;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.onedoor.platform.live.control.LiveEvents;
import org.onedoor.platform.security.control.AccessTokens;
import org.onedoor.platform.security.control.BrowserSessions;
import org.onedoor.platform.security.control.LiveRechecks;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.Roles;
import org.onedoor.platform.tenancy.control.TenantScope;

/**
 * The mediator's workbench, live: {@code /cases/live/workbench?center=…&room=…&room=…}. A browser
 * connects with its login session, a program with {@code Authorization: Bearer}. It receives an
 * event within the second a case is dispatched to one of its rooms (all rooms when none are named)
 * or escalated to its center — from whichever instance committed it — and only for a center it is a
 * member of. It also hears that notifications were written in its center (the deadline pass's
 * reminders, or an assignment to the caller), so the page reads its inbox again; the pages of the case
 * module open it for their notification bell.
 */
@ServerEndpoint(value = "/live/workbench", configurator = WorkbenchSocket.Handshake.class)
public class WorkbenchSocket {

    private static final Logger LOG = Logger.getLogger(WorkbenchSocket.class.getName());
    private static final Set<String> WATCHERS = Set.of(Roles.MEDIATOR, Roles.TENANT_ADMIN, Roles.LEADER);
    private static final String CALLER = "onedoor.caller";
    private static final Set<String> TOPICS = Set.of("dispatch", "escalation");

    private static final String REFUSED = "onedoor.refused";
    private static final String HTTP_SESSION = "onedoor.http-session";
    private static final String BEARER = "onedoor.bearer";

    private AutoCloseable subscription;
    private ScheduledFuture<?> recheck;

    /**
     * Reads the caller from the handshake: the browser's login session, or a verified bearer token. A
     * browser's {@code Origin} must be this site's, so a page of another site cannot open the workbench
     * with the browser's session cookie (cross-site websocket hijacking).
     */
    public static class Handshake extends ServerEndpointConfig.Configurator {
        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            Map<String, Object> properties = config.getUserProperties();
            if (!sameOrigin(header(request, "Origin"), header(request, "Host"), header(request, "X-Forwarded-Host"))) {
                properties.put(REFUSED, Boolean.TRUE);
                return;
            }
            HttpSession httpSession = (HttpSession) request.getHttpSession();
            Optional<Caller> caller =
                    CDI.current().select(BrowserSessions.class).get().caller(httpSession);
            if (caller.isPresent()) {
                properties.put(HTTP_SESSION, httpSession);
            } else {
                Optional<String> token = bearerToken(request.getHeaders().get("Authorization"));
                caller = token.flatMap(
                        found -> CDI.current().select(AccessTokens.class).get().verify(found));
                token.ifPresent(found -> properties.put(BEARER, found));
            }
            caller.ifPresent(found -> properties.put(CALLER, found));
        }

        private static String header(HandshakeRequest request, String name) {
            return request.getHeaders().entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue)
                    .filter(values -> values != null && !values.isEmpty())
                    .map(values -> values.get(0))
                    .findFirst()
                    .orElse(null);
        }

        private static Optional<String> bearerToken(List<String> authorization) {
            if (authorization == null
                    || authorization.isEmpty()
                    || !authorization.get(0).startsWith("Bearer ")) {
                return Optional.empty();
            }
            return Optional.of(
                    authorization.get(0).substring("Bearer ".length()).strip());
        }
    }

    /**
     * Whether a browser's {@code Origin} names this site: the host it called, or the host a proxy
     * forwarded. Programs send no Origin and are judged by their token alone.
     */
    static boolean sameOrigin(String origin, String host, String forwardedHost) {
        if (origin == null) {
            return true;
        }
        try {
            String authority = URI.create(origin.strip()).getAuthority();
            if (authority == null) {
                return false;
            }
            return authority.equalsIgnoreCase(host == null ? "" : host.strip())
                    || (forwardedHost != null && authority.equalsIgnoreCase(forwardedHost.split(",")[0].strip()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @OnOpen
    public void open(Session session, EndpointConfig config) throws IOException {
        Map<String, Object> properties = config.getUserProperties();
        Caller caller = (Caller) properties.remove(CALLER);
        HttpSession httpSession = (HttpSession) properties.remove(HTTP_SESSION);
        String bearer = (String) properties.remove(BEARER);
        if (properties.remove(REFUSED) != null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "origin"));
            return;
        }
        List<String> centers = session.getRequestParameterMap().get("center");
        String center = centers == null || centers.isEmpty() ? null : centers.get(0);
        if (caller == null || center == null || !mayWatch(caller, center)) {
            // as everywhere: a center outside the caller's memberships does not exist for it
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not found"));
            return;
        }
        Set<String> rooms = Set.copyOf(session.getRequestParameterMap().getOrDefault("room", List.of()));
        String username = caller.username();
        subscription = CDI.current().select(LiveEvents.class).get().subscribe(event -> {
            if (concerns(event, center, rooms, username) && session.isOpen()) {
                session.getAsyncRemote().sendText(event.toString());
            }
        });
        // a revoked role, a suspended center, an ended session or an expired token closes the
        // workbench within one minute (ADR 0013)
        recheck = CDI.current()
                .select(LiveRechecks.class)
                .get()
                .every(() -> recheck(session, httpSession, bearer, center));
        LOG.fine(() -> caller.username() + " watches " + center + " rooms " + rooms);
    }

    private static boolean mayWatch(Caller caller, String center) {
        return caller.rolesIn(center).stream().anyMatch(WATCHERS::contains)
                && CDI.current()
                        .select(TenantScope.class)
                        .get()
                        .find(center)
                        .filter(found -> found.status().isOpen())
                        .isPresent();
    }

    private void recheck(Session session, HttpSession httpSession, String bearer, String center) {
        if (!session.isOpen()) {
            stopRecheck();
            return;
        }
        String reason;
        try {
            Optional<Caller> now = httpSession != null
                    ? CDI.current().select(BrowserSessions.class).get().caller(httpSession)
                    : CDI.current().select(AccessTokens.class).get().verify(bearer);
            reason = now.isEmpty() ? "logged out" : mayWatch(now.get(), center) ? null : "not found";
        } catch (RuntimeException e) {
            // the provider or the registry cannot say: fail closed, the client reconnects later
            LOG.info(() -> "workbench recheck failed, closing: " + e);
            reason = "unavailable";
        }
        if (reason != null) {
            String why = reason;
            stopRecheck();
            try {
                session.close(new CloseReason(
                        "unavailable".equals(why)
                                ? CloseReason.CloseCodes.TRY_AGAIN_LATER
                                : CloseReason.CloseCodes.VIOLATED_POLICY,
                        why));
            } catch (IOException | RuntimeException e) {
                LOG.fine(() -> "closing the workbench failed: " + e);
            }
        }
    }

    private void stopRecheck() {
        if (recheck != null) {
            recheck.cancel(false);
        }
    }

    /**
     * Whether a workbench of {@code center} watching {@code rooms} (all when empty) hears of {@code
     * event}: dispatches and escalations only — other modules publish on the same channel (the
     * reception's hall calls), which a workbench would otherwise show as a case arriving.
     */
    static boolean concerns(JsonObject event, String center, Set<String> rooms) {
        String topic = event.getString("topic", "");
        if (!center.equals(event.getString("center", null)) || !TOPICS.contains(topic)) {
            return false;
        }
        if (rooms.isEmpty() || "escalation".equals(topic)) {
            return true;
        }
        return !event.isNull("room") && rooms.contains(event.getString("room", ""));
    }

    /**
     * As {@link #concerns(JsonObject, String, Set)}, and notifications written in {@code center}: those
     * to several (the deadline pass's) and those to {@code username}; never one to another person.
     */
    static boolean concerns(JsonObject event, String center, Set<String> rooms, String username) {
        if (!"notification".equals(event.getString("topic", ""))) {
            return concerns(event, center, rooms);
        }
        String recipient = event.getString("recipient", null);
        return center.equals(event.getString("center", null)) && (recipient == null || recipient.equals(username));
    }

    @OnClose
    public void close() throws Exception {
        stopRecheck();
        if (subscription != null) {
            subscription.close();
        }
    }
}
