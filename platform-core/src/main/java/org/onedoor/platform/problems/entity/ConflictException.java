package org.onedoor.platform.problems.entity;

/** The request cannot be applied to the current state (a duplicate, a state transition not allowed now). */
public class ConflictException extends OneDoorException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String kind() {
        return "conflict";
    }
}
