package org.ccadmin.shared.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Gives every signed-in console session the configured inactivity timeout, on each of its requests: a
 * session opened before the setting changed follows the new value from its next request on.
 */
@WebFilter(urlPatterns = "/*")
public class SessionTimeoutFilter extends HttpFilter {

    @Inject
    private SessionTimeout timeout;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CcadminAuthentication.SESSION_USER) != null) {
            int seconds = timeout.seconds();
            if (session.getMaxInactiveInterval() != seconds) {
                session.setMaxInactiveInterval(seconds);
            }
        }
        chain.doFilter(request, response);
    }
}
