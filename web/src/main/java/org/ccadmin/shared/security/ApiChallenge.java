package org.ccadmin.shared.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The 401 of the API: a Basic challenge and a problem body, written before any resource runs. */
final class ApiChallenge {

    private ApiChallenge() {
    }

    static AuthenticationStatus send(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"ccadmin\", charset=\"UTF-8\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"https://ccadmin.org/problems/unauthorized\",\"title\":\"Unauthorized\","
                + "\"status\":401,\"code\":\"unauthorized\",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
        response.flushBuffer();
        // SEND_CONTINUE: the response is complete as written. SEND_FAILURE would let the container replace
        // this problem body with its own HTML error page.
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
