package org.onedoor.platform.security.control;

/** A browser login could not be completed; the user is asked to log in again. */
public class LoginFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public LoginFailedException(String message) {
        super(message);
    }

    public LoginFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
