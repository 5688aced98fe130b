package org.onedoor.platform.security.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.onedoor.platform.i18n.control.Languages;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.problems.boundary.CorrelationIds;
import org.onedoor.platform.problems.control.Problems;
import org.onedoor.platform.problems.entity.Problem;

/**
 * Answers a request that authentication turns away, before JAX-RS or Faces see it: problem+json for
 * API callers, a short page for browsers. The response is committed here so the container cannot
 * replace it with its own error page.
 */
@ApplicationScoped
class Refusals {

    private final Jsonb json = JsonbBuilder.create();

    @Inject
    Problems problems;

    @Inject
    Messages messages;

    AuthenticationStatus send(HttpServletRequest request, HttpServletResponse response, int status, String tokenError) {
        Locale locale = Languages.of(request);
        Problem problem =
                problems.ofStatus(status, locale, request.getRequestURI(), CorrelationIds.of(request, response));
        if (status == 401) {
            response.setHeader(
                    "WWW-Authenticate",
                    "Bearer realm=\"onedoor\"" + (tokenError == null ? "" : ", error=\"" + tokenError + "\""));
        }
        write(response, status, Problem.MEDIA_TYPE, json.toJson(problem));
        return AuthenticationStatus.SEND_FAILURE;
    }

    AuthenticationStatus loginFailed(HttpServletRequest request, HttpServletResponse response) {
        Locale locale = Languages.of(request);
        String page = "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>OneDoor</title></head><body>"
                + "<h1>" + messages.text(locale, "login.failed.title") + "</h1>"
                + "<p>" + messages.text(locale, "login.failed.detail", CorrelationIds.of(request, response)) + "</p>"
                + "<p><a href=\"" + request.getContextPath() + "/\">" + messages.text(locale, "login.failed.retry")
                + "</a></p></body></html>";
        write(response, 401, "text/html;charset=UTF-8", page);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static void write(HttpServletResponse response, int status, String contentType, String body) {
        try {
            response.setStatus(status);
            response.setContentType(contentType);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void close() {
        try {
            json.close();
        } catch (Exception e) {
            // nothing left to release
        }
    }
}
