package org.onedoor.stack.launcher;

import java.io.PrintStream;

/** What the run command tells the person at the terminal: its whole user interface. */
final class Console {

    private final PrintStream out;
    private final long started = System.nanoTime();

    Console(PrintStream out) {
        this.out = out;
    }

    void step(String text) {
        out.printf("[%5.1fs] %s%n", seconds(), text);
        out.flush();
    }

    void line(String text) {
        out.println(text);
    }

    void failure(String text) {
        out.println();
        out.println("✗ " + text);
        out.flush();
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
