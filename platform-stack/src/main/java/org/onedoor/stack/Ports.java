package org.onedoor.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks with messages that say what to do. */
public final class Ports {

    private Ports() {}

    /** Fails with a clear message when {@code port} is taken, naming the setting that moves it. */
    public static void requireFree(int port, String what, String setting) {
        if (!isFree(port)) {
            throw new StackException("Port " + port + " (" + what + ") is already in use. Stop the program using it"
                    + " (e.g. an earlier run: `ss -ltnp | grep " + port + "`), or set " + setting
                    + " to another port.");
        }
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as servers bind: connections in TIME_WAIT do not block
            socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port nobody listens on right now, for tests. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StackException("No free TCP port is available on this machine.", e);
        }
    }
}
