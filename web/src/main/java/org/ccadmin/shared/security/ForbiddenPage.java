package org.ccadmin.shared.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The 403 error page (web.xml): a role the security constraints refuse (a supervisor on an administrator-only
 * area). An API client gets a problem body, a person the console's 403 page. The constraints are applied by
 * the container before any resource runs, so this is the only place to shape their answer.
 */
@WebServlet("/errors/forbidden")
public class ForbiddenPage extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"https://ccadmin.org/problems/forbidden\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"code\":\"forbidden\",\"detail\":\"Your role does not allow this operation.\"}");
            return;
        }
        request.getRequestDispatcher("/WEB-INF/errors/403.xhtml").forward(request, response);
    }
}
