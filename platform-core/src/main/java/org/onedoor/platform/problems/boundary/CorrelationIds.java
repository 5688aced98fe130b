package org.onedoor.platform.problems.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties one request's answer to its log lines. A caller (or a proxy) may send its own
 * {@code X-Correlation-Id}; a well-formed one is kept, anything else is replaced.
 */
public final class CorrelationIds {

    public static final String HEADER = "X-Correlation-Id";
    private static final String ATTRIBUTE = CorrelationIds.class.getName();
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private CorrelationIds() {}

    /** The correlation id of this request, created and echoed in the response on first use. */
    public static String of(HttpServletRequest request, HttpServletResponse response) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof String id) {
            return id;
        }
        String offered = request.getHeader(HEADER);
        String id = offered != null && WELL_FORMED.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        if (response != null && !response.isCommitted()) {
            response.setHeader(HEADER, id);
        }
        return id;
    }
}
