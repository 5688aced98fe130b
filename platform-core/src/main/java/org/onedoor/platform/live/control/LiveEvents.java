package org.onedoor.platform.live.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.onedoor.platform.tenancy.control.DatabaseSettings;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Committed events of every instance, delivered to subscribers in this JVM (ADR 0004). One
 * dedicated connection per module instance {@code LISTEN}s on {@value #CHANNEL}; modules publish with
 * {@code pg_notify} inside their transaction, so PostgreSQL delivers an event only once it is
 * committed, and to every instance — what live dispatch needs when the platform runs as several.
 * The listener starts with the first subscriber and reconnects (with back-off) when the connection
 * drops; events during an outage are not replayed: pages load their lists afresh when they connect.
 */
@ApplicationScoped
public class LiveEvents {

    public static final String CHANNEL = "onedoor_live";
    private static final Logger LOG = Logger.getLogger(LiveEvents.class.getName());
    private static final int POLL_MILLIS = 500;

    @Inject
    DatabaseSettings database;

    private final Set<Consumer<JsonObject>> subscribers = new CopyOnWriteArraySet<>();
    private volatile Thread listener;
    private volatile boolean stopped;

    /** Receives every event from now on until the returned handle is closed. */
    public AutoCloseable subscribe(Consumer<JsonObject> subscriber) {
        subscribers.add(subscriber);
        startListening();
        return () -> subscribers.remove(subscriber);
    }

    private synchronized void startListening() {
        if (listener != null || stopped) {
            return;
        }
        listener = threads().newThread(this::listen);
        listener.setName("onedoor-live-events");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        long backOff = 500;
        while (!stopped) {
            try (Connection connection = database.connect()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                LOG.info("listening for live events");
                backOff = 500;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!stopped) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (!stopped) {
                    LOG.log(Level.WARNING, "live events: connection lost, reconnecting in " + backOff + " ms", e);
                    sleep(backOff);
                    backOff = Math.min(backOff * 2, 30_000);
                }
            }
        }
    }

    private void deliver(String payload) {
        JsonObject event;
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            event = reader.readObject();
        } catch (RuntimeException e) {
            LOG.warning(() -> "live events: unreadable event ignored: " + payload);
            return;
        }
        for (Consumer<JsonObject> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "live events: a subscriber failed", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        Thread running = listener;
        if (running != null) {
            running.interrupt();
        }
    }

    private static ManagedThreadFactory threads() {
        try {
            return InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
        } catch (NamingException e) {
            throw new IllegalStateException("no managed thread factory", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
