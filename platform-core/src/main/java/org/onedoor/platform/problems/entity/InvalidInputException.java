package org.onedoor.platform.problems.entity;

import java.util.List;

/** The request is well-formed but its content breaks a rule; every broken rule is listed. */
public class InvalidInputException extends OneDoorException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("problem.invalid-input");
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new Violation(field, messageKey, arguments)));
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String kind() {
        return "invalid-input";
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }
}
