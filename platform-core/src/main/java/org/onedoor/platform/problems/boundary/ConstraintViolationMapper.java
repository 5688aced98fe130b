package org.onedoor.platform.problems.boundary;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.problems.entity.Problem;
import org.onedoor.platform.problems.entity.Problem.FieldError;

/** Bean Validation failures: every field with its message, in the caller's language. */
@Provider
public class ConstraintViolationMapper extends ProblemMapper<ConstraintViolationException> {

    @Inject
    ValidatorFactory validation;

    @Inject
    Messages messages;

    @Override
    Problem problem(ConstraintViolationException exception, Locale locale) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new FieldError(field(violation.getPropertyPath()), message(violation, locale)))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return problems.invalidInput(errors, locale, instance(), correlationId());
    }

    /** The path a client recognises: the JSON property, or the query/path parameter, not the Java method. */
    public static String field(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // a node inside a list carries the index of its element in the list, the previous node
                if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                }
                if (node.getName() != null) {
                    names.add(node.getName());
                }
            }
        }
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return parameter == null ? "" : parameter;
    }

    private String message(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{onedoor.")) {
            return messages.text(locale, template.substring(1, template.length() - 1));
        }
        MessageInterpolator interpolator = validation.getMessageInterpolator();
        return interpolator.interpolate(template, new ViolationContext(violation), locale);
    }

    private record ViolationContext(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException("no provider-specific context");
        }
    }
}
