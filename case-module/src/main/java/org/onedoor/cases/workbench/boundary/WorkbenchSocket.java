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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.onedoor.platform.live.control.LiveEvents;
import org.onedoor.platform.security.control.AccessTokens;
import org.onedoor.platform.security.control.BrowserSessions;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.Roles;

/**
 * The mediator's workbench, live: {@code /cases/live/workbench?center=…&room=…&room=…}. A browser
 * connects with its login session, a program with {@code Authorization: Bearer}. It receives an
 * event within the second a case is dispatched to one of its rooms (all rooms when none are named)
 * or escalated to its center — from whichever instance committed it — and only for a center it is a
 * member of.
 */
@ServerEndpoint(value = "/live/workbench", configurator = WorkbenchSocket.Handshake.class)
public class WorkbenchSocket {

    private static final Logger LOG = Logger.getLogger(WorkbenchSocket.class.getName());
    private static final Set<String> WATCHERS = Set.of(Roles.MEDIATOR, Roles.TENANT_ADMIN, Roles.LEADER);
    private static final String CALLER = "onedoor.caller";

    private AutoCloseable subscription;

    /** Reads the caller from the handshake: the browser's login session, or a verified bearer token. */
    public static class Handshake extends ServerEndpointConfig.Configurator {
        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            Optional<Caller> caller =
                    CDI.current().select(BrowserSessions.class).get().caller((HttpSession) request.getHttpSession());
            if (caller.isEmpty()) {
                caller = bearer(request.getHeaders().get("Authorization"));
            }
            caller.ifPresent(found -> config.getUserProperties().put(CALLER, found));
        }

        private static Optional<Caller> bearer(List<String> authorization) {
            if (authorization == null
                    || authorization.isEmpty()
                    || !authorization.get(0).startsWith("Bearer ")) {
                return Optional.empty();
            }
            return CDI.current()
                    .select(AccessTokens.class)
                    .get()
                    .verify(authorization.get(0).substring("Bearer ".length()).strip());
        }
    }

    @OnOpen
    public void open(Session session, EndpointConfig config) throws IOException {
        Caller caller = (Caller) config.getUserProperties().remove(CALLER);
        List<String> centers = session.getRequestParameterMap().get("center");
        String center = centers == null || centers.isEmpty() ? null : centers.get(0);
        if (caller == null || center == null || caller.rolesIn(center).stream().noneMatch(WATCHERS::contains)) {
            // as everywhere: a center outside the caller's memberships does not exist for it
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not found"));
            return;
        }
        Set<String> rooms = Set.copyOf(session.getRequestParameterMap().getOrDefault("room", List.of()));
        subscription = CDI.current().select(LiveEvents.class).get().subscribe(event -> {
            if (concerns(event, center, rooms) && session.isOpen()) {
                session.getAsyncRemote().sendText(event.toString());
            }
        });
        LOG.fine(() -> caller.username() + " watches " + center + " rooms " + rooms);
    }

    static boolean concerns(JsonObject event, String center, Set<String> rooms) {
        if (!center.equals(event.getString("center", null))) {
            return false;
        }
        if (rooms.isEmpty() || "escalation".equals(event.getString("topic", ""))) {
            return true;
        }
        return !event.isNull("room") && rooms.contains(event.getString("room", ""));
    }

    @OnClose
    public void close() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
    }
}
