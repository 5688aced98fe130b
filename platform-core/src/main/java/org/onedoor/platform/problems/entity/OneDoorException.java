package org.onedoor.platform.problems.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The one exception hierarchy of OneDoor. Each subclass is one kind of answer a client can act on;
 * it is mapped once, in {@code ProblemMappers}, to an RFC 9457 problem. Messages are keys of the
 * platform message bundle so the client reads them in its own language.
 */
@ApplicationException(rollback = true)
public abstract class OneDoorException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected OneDoorException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** HTTP status of the problem. */
    public abstract int status();

    /** Short, stable slug naming the kind of problem; becomes the end of the problem type URI. */
    public abstract String kind();

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Field-level errors, for problems about input. */
    public List<Violation> violations() {
        return List.of();
    }
}
