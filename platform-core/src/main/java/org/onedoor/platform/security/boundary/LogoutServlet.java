package org.onedoor.platform.security.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.onedoor.platform.security.control.BrowserLogin;
import org.onedoor.platform.security.control.BrowserSessions;
import org.onedoor.platform.security.entity.Caller;
import org.onedoor.platform.security.entity.Roles;

/**
 * Logs out everywhere: ends this module's session, then sends the browser to the identity provider,
 * which ends its own session and tells the other modules over the back channel.
 */
@DeclareRoles({
    Roles.PLATFORM_OPERATOR,
    Roles.TENANT_ADMIN,
    Roles.RECEPTIONIST,
    Roles.MEDIATOR,
    Roles.DEPARTMENT_LIAISON,
    Roles.LEADER,
    Roles.GRID_WORKER,
    Roles.OFFICIAL,
    Roles.AUDITOR,
    Roles.INTEGRATION
}) // declared once for every module: each declares this servlet in its web.xml, so the roles come with it
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BrowserSessions browserSessions;

    @Inject
    transient BrowserLogin browserLogin;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        logout(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        logout(request, response);
    }

    private void logout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = browserSessions.loggedIn(request).orElse(null);
        browserSessions.end(request);
        response.sendRedirect(browserLogin.endSession(request, caller).toString());
    }
}
