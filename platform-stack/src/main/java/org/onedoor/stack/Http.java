package org.onedoor.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Waiting for a server to answer. */
public final class Http {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Http() {}

    /** The status of a GET, or -1 when nothing answers. */
    public static int status(URI uri) {
        try {
            return CLIENT.send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(5))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Waits until {@code uri} answers 200, failing early with the log's last lines when the server
     * process has died, and after {@code timeout} with a message naming what did not come up.
     */
    public static void awaitOk(URI uri, Duration timeout, ChildProcess server) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (status(uri) == 200) {
                return;
            }
            if (server != null && !server.isAlive()) {
                throw new StackException(server.name() + " stopped while starting. Last lines of " + server.log() + ":"
                        + System.lineSeparator() + server.logTail(25));
            }
            sleep(Duration.ofMillis(500));
        }
        throw new StackException((server == null ? uri.toString() : server.name()) + " did not become ready within "
                + timeout.toSeconds() + " s (waiting for " + uri + ")"
                + (server == null ? "." : ". See " + server.log()));
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting.", e);
        }
    }
}
