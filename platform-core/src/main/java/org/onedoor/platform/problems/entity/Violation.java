package org.onedoor.platform.problems.entity;

import java.util.Objects;

/**
 * One broken rule about one field. The message is a bundle key with arguments, or, when it comes
 * from Bean Validation, an already interpolated text (then {@code arguments} is empty and the key is
 * used as is).
 */
public record Violation(String field, String messageKey, Object... arguments) {

    public Violation {
        Objects.requireNonNull(field, "field is required");
        Objects.requireNonNull(messageKey, "messageKey is required");
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }
}
