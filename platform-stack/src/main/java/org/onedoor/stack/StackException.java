package org.onedoor.stack;

/**
 * Something the person starting the stack can fix: a port in use, an unreachable server, a
 * download missing. The message says what and how, in one sentence; no stack trace is shown.
 */
public class StackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
