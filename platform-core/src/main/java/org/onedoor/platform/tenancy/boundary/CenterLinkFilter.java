package org.onedoor.platform.tenancy.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.onedoor.platform.tenancy.entity.CenterLink;

/**
 * Opens a page in the center its address names ({@code ?center=…}, issue #22.2), once for all pages
 * (declared in web.xml for the faces servlet). A center the caller works in becomes the active one:
 * for this request through {@link CenterSwitch#active()}, and, when the page is opened (GET), for
 * the pages that follow through the cookie. Any other center — one that does not exist, is closed,
 * or whose staff the caller is not on — answers 404 before the page is built, the same page in
 * every case, so a link tells a stranger nothing about the center or its records.
 */
public class CenterLinkFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CenterSwitch centerSwitch;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> asked = CenterLink.centerIn(request.getQueryString());
        if (asked.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (!centerSwitch.worksIn(asked.get())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if ("GET".equals(request.getMethod())) {
            // a postback only acts in its page's center; the choice for later pages is made by opening one
            centerSwitch.remember(asked.get(), response);
        }
        chain.doFilter(request, response);
    }
}
