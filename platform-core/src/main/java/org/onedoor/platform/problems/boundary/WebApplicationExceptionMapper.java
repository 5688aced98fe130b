package org.onedoor.platform.problems.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.onedoor.platform.problems.entity.Problem;

/** HTTP-level refusals raised by JAX-RS itself: unknown path, wrong method, not allowed, unreadable body. */
@Provider
public class WebApplicationExceptionMapper extends ProblemMapper<WebApplicationException> {

    @Override
    Problem problem(WebApplicationException exception, Locale locale) {
        return tooLarge(exception, locale)
                .orElseGet(() ->
                        problems.ofStatus(exception.getResponse().getStatus(), locale, instance(), correlationId()));
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.ResponseBuilder answer = Response.fromResponse(super.toResponse(exception));
        original.getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("WWW-Authenticate")) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.build();
    }
}
