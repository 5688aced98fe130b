package org.onedoor.platform.admission.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.onedoor.platform.admission.control.Admission;
import org.onedoor.platform.i18n.control.Languages;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.problems.boundary.CorrelationIds;
import org.onedoor.platform.problems.boundary.ProblemResponses;
import org.onedoor.platform.problems.control.Problems;
import org.onedoor.platform.security.control.CurrentCaller;

/**
 * Admits a request to the module or answers 503 with {@code Retry-After} at once ({@link Admission}).
 * Health checks, static resources and websocket upgrades are not counted. A request naming an actor
 * ({@code OneDoor-Actor}) counts as another module's call; one that forges the header to jump the
 * line is refused by authentication a moment later, so it cannot hold a place for long.
 */
public class AdmissionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String RETRY_AFTER_SECONDS = "1";

    @Inject
    transient Admission admission;

    @Inject
    transient Messages messages;

    @Inject
    transient Problems problems;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!counted(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Admission.Ticket> admitted = admission.admit(request.getHeader(CurrentCaller.ACTOR_HEADER) != null);
        if (admitted.isEmpty()) {
            refuse(request, response);
            return;
        }
        try (Admission.Ticket ticket = admitted.get()) {
            chain.doFilter(request, response);
        }
    }

    private static boolean counted(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/health")
                && !path.startsWith("/jakarta.faces.resource")
                && !path.startsWith("/resources")
                && request.getHeader("Upgrade") == null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Languages.of(request);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setCharacterEncoding("UTF-8");
        String title = messages.text(locale, "problem.title.busy");
        String detail = messages.text(locale, "problem.busy");
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter()
                    .write("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><meta http-equiv=\"refresh\""
                            + " content=\"" + RETRY_AFTER_SECONDS + "\"><title>" + title + "</title></head>"
                            + "<body style=\"font-family:sans-serif;max-width:40rem;margin:3rem auto\"><h1>"
                            + title + "</h1><p>" + detail + "</p></body></html>");
            return;
        }
        ProblemResponses.write(
                response, problems.busy(locale, request.getRequestURI(), CorrelationIds.of(request, response)));
    }
}
