package org.onedoor.platform.problems.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.onedoor.platform.problems.entity.InvalidInputException;
import org.onedoor.platform.problems.entity.Violation;

/**
 * Checks a form a page filled in against the same Bean Validation rules the REST resource applies to
 * it, and names broken rules by the same field paths ({@code parties[0].phone}), so a page and the
 * API refuse the same input with the same words.
 */
@ApplicationScoped
public class ValidForms {

    @Inject
    Validator validator;

    /** Throws {@link InvalidInputException} listing every broken rule of {@code form}; nothing when it is valid. */
    public void requireValid(Object form) {
        List<Violation> violations = validator.validate(form).stream()
                .map(broken ->
                        new Violation(ConstraintViolationMapper.field(broken.getPropertyPath()), message(broken)))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** OneDoor's own rules name a key of the platform bundle, read in the page's language; others are interpolated. */
    private static String message(ConstraintViolation<?> broken) {
        String template = broken.getMessageTemplate();
        return template.startsWith("{onedoor.") ? template.substring(1, template.length() - 1) : broken.getMessage();
    }
}
