package org.onedoor.platform.problems.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Locale;
import java.util.Optional;
import org.onedoor.platform.i18n.control.Languages;
import org.onedoor.platform.problems.control.Problems;
import org.onedoor.platform.problems.entity.PayloadTooLargeException;
import org.onedoor.platform.problems.entity.Problem;

/**
 * Base of the exception mappers: each turns one kind of exception into a problem document in the
 * caller's language, with the request's correlation id.
 */
abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

    @Inject
    Problems problems;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Override
    public Response toResponse(E exception) {
        Problem problem = problem(exception, Languages.choose(headers.getAcceptableLanguages()));
        return answer(problem);
    }

    abstract Problem problem(E exception, Locale locale);

    /**
     * A body that was cut off at the size limit reaches the mappers wrapped in whatever the reader
     * made of it; the limit, not the reader's complaint, is the caller's answer.
     */
    Optional<Problem> tooLarge(Throwable exception, Locale locale) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return Optional.of(problems.of(tooLarge, locale, instance(), correlationId()));
            }
        }
        return Optional.empty();
    }

    String instance() {
        return request.getRequestURI();
    }

    String correlationId() {
        return CorrelationIds.of(request, response);
    }

    Response answer(Problem problem) {
        Response.ResponseBuilder answer = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header(CorrelationIds.HEADER, problem.correlationId())
                .entity(problem);
        if (problem.status() == 503) {
            answer.header("Retry-After", "1");
        }
        return answer.build();
    }
}
