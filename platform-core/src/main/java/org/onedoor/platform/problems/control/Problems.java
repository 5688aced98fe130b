package org.onedoor.platform.problems.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.problems.entity.OneDoorException;
import org.onedoor.platform.problems.entity.Problem;
import org.onedoor.platform.problems.entity.Problem.FieldError;

/** Builds problem documents in the caller's language: the one place that knows their shape. */
@ApplicationScoped
public class Problems {

    @Inject
    Messages messages;

    public Problem of(OneDoorException exception, Locale locale, String instance, String correlationId) {
        List<FieldError> errors = exception.violations().stream()
                .map(v -> new FieldError(v.field(), messages.text(locale, v.messageKey(), v.arguments())))
                .toList();
        return new Problem(
                Problem.TYPE_BASE + exception.kind(),
                messages.text(locale, "problem.title." + exception.kind()),
                exception.status(),
                messages.text(locale, exception.messageKey(), exception.arguments()),
                instance,
                correlationId,
                errors.isEmpty() ? null : errors);
    }

    public Problem invalidInput(List<FieldError> errors, Locale locale, String instance, String correlationId) {
        return new Problem(
                Problem.TYPE_BASE + "invalid-input",
                messages.text(locale, "problem.title.invalid-input"),
                400,
                messages.text(locale, "problem.invalid-input"),
                instance,
                correlationId,
                errors);
    }

    /** The module is at its allowance of work in progress (503): try again in a moment, nothing was done. */
    public Problem busy(Locale locale, String instance, String correlationId) {
        return new Problem(
                Problem.TYPE_BASE + "busy",
                messages.text(locale, "problem.title.busy"),
                503,
                messages.text(locale, "problem.busy"),
                instance,
                correlationId,
                null);
    }

    /** A problem that is fully described by its HTTP status (no route, wrong method, not allowed…). */
    public Problem ofStatus(int status, Locale locale, String instance, String correlationId) {
        String key = "problem.status." + status;
        String title = messages.text(locale, key);
        if (title.equals(key)) {
            title = messages.text(locale, "problem.status.other", status);
        }
        String detail = messages.text(locale, key + ".detail", correlationId);
        return new Problem(
                status == 500 ? Problem.TYPE_BASE + "unexpected" : "about:blank",
                title,
                status,
                detail.isBlank() || detail.equals(key + ".detail") ? null : detail,
                instance,
                correlationId,
                null);
    }
}
