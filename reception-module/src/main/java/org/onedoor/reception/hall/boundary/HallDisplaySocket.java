package org.onedoor.reception.hall.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.onedoor.platform.live.control.LiveEvents;
import org.onedoor.platform.security.control.LiveRechecks;
import org.onedoor.reception.hall.control.HallBoard;
import org.onedoor.reception.hall.entity.HallDisplay;
import org.onedoor.reception.matters.entity.HallCall;

/**
 * The hall display, live: {@code /reception/display/live?key=…}. Opened with the display link's token
 * instead of a login (a public path, ADR 0024). It first sends the day's latest calls
 * ({@code {"type":"board"}}), then each call as the desk dispatches it ({@code {"type":"call"}}),
 * from whichever instance committed it. A link revoked, or a center closed, ends the connection with
 * {@value #GONE_CODE} within {@link LiveRechecks#EVERY_SECONDS} seconds; the page then reloads
 * into the not-found page. Tickets and rooms only travel, never names.
 */
@ServerEndpoint("/display/live")
public class HallDisplaySocket {

    /** Closed because the link does not open a display (any more): the client stops reconnecting. */
    static final int GONE_CODE = 4404;

    private static final Logger LOG = Logger.getLogger(HallDisplaySocket.class.getName());

    private AutoCloseable subscription;
    private ScheduledFuture<?> recheck;

    @OnOpen
    public void open(Session session) throws IOException {
        List<String> keys = session.getRequestParameterMap().get("key");
        String key = keys == null || keys.isEmpty() ? null : keys.get(0);
        HallBoard board = CDI.current().select(HallBoard.class).get();
        Optional<HallDisplay> display = board.display(key);
        if (display.isEmpty()) {
            session.close(gone());
            return;
        }
        String center = display.get().centerCode();
        // listening before the board is read: a call committed in between arrives twice, never not at all
        subscription = CDI.current()
                .select(LiveEvents.class)
                .get()
                .subscribe(event -> HallCall.fromEvent(event, center)
                        .filter(call -> session.isOpen())
                        .ifPresent(call -> session.getAsyncRemote().sendText(call(call))));
        session.getAsyncRemote().sendText(board(board.calls(display.get())));
        recheck = CDI.current().select(LiveRechecks.class).get().every(() -> recheck(session, key));
    }

    private void recheck(Session session, String key) {
        if (!session.isOpen()) {
            stopRecheck();
            return;
        }
        CloseReason reason;
        try {
            reason = CDI.current().select(HallBoard.class).get().display(key).isPresent() ? null : gone();
        } catch (RuntimeException e) {
            // the database cannot say: close, the display reconnects and asks again
            LOG.info(() -> "hall display recheck failed, closing: " + e);
            reason = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "unavailable");
        }
        if (reason != null) {
            stopRecheck();
            try {
                session.close(reason);
            } catch (IOException | RuntimeException e) {
                LOG.fine(() -> "closing a hall display failed: " + e);
            }
        }
    }

    static String board(List<HallCall> calls) {
        JsonArrayBuilder shown = Json.createArrayBuilder();
        calls.forEach(call -> shown.add(json(call)));
        return Json.createObjectBuilder()
                .add("type", "board")
                .add("calls", shown)
                .build()
                .toString();
    }

    static String call(HallCall call) {
        return Json.createObjectBuilder(json(call)).add("type", "call").build().toString();
    }

    private static JsonObject json(HallCall call) {
        return Json.createObjectBuilder()
                .add("ticket", call.ticket())
                .add("room", call.room())
                .build();
    }

    private static CloseReason gone() {
        return new CloseReason(CloseReason.CloseCodes.getCloseCode(GONE_CODE), "not found");
    }

    private void stopRecheck() {
        if (recheck != null) {
            recheck.cancel(false);
        }
    }

    @OnClose
    public void close() throws Exception {
        stopRecheck();
        if (subscription != null) {
            subscription.close();
        }
    }
}
