package org.onedoor.platform.problems.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.onedoor.platform.i18n.control.Languages;
import org.onedoor.platform.i18n.control.Messages;
import org.onedoor.platform.problems.control.Problems;

/**
 * The error page of every module (declared in each web.xml): a short message in the user's
 * language with the correlation id, never a stack trace. The cause goes to the log with the same id.
 */
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Inject
    transient Messages messages;

    @Inject
    transient Problems problems;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer value ? value : 500;
        String correlationId = CorrelationIds.of(request, response);
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            LOG.log(
                    Level.SEVERE,
                    failure,
                    () -> "correlationId=" + correlationId + " unexpected failure of "
                            + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            ProblemResponses.write(response, problems.ofStatus(code, Languages.of(request), path, correlationId));
            return;
        }
        // a page in the language of the other pages, not the browser's
        Locale locale = Languages.ofPage(request);
        String title = messages.text(locale, "problem.status." + code);
        if (title.equals("problem.status." + code)) {
            title = messages.text(locale, "problem.status.other", code);
        }
        // what the status means for a person, where there is more to say than its title
        String explanation = messages.text(locale, "error.page." + code);
        response.setStatus(code);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>" + title
                        + "</title></head><body style=\"font-family:sans-serif;max-width:40rem;margin:3rem auto\">"
                        + "<h1 id=\"error-title\">" + title + "</h1>"
                        + (explanation.equals("error.page." + code)
                                ? ""
                                : "<p id=\"error-explanation\">" + explanation + "</p>")
                        + "<p>" + messages.text(locale, "error.page.detail", correlationId)
                        + "</p><p><a href=\"" + request.getContextPath() + "/\">"
                        + messages.text(locale, "error.page.home")
                        + "</a></p></body></html>");
    }
}
