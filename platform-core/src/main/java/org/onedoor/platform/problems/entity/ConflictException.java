package org.onedoor.platform.problems.entity;

import java.util.List;

/** The request cannot be applied to the current state (a duplicate, a state transition not allowed now). */
public class ConflictException extends OneDoorException {

    private final transient List<Violation> violations;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.violations = List.of();
    }

    /** A conflict about several fields at once (e.g. lines of a file), each listed. */
    public ConflictException(List<Violation> violations, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.violations = List.copyOf(violations);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String kind() {
        return "conflict";
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }
}
