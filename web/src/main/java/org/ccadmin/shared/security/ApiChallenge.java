package org.ccadmin.shared.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/** The 401 of the API: a Basic challenge and a problem body, written before any resource runs. */
final class ApiChallenge {

    private ApiChallenge() {
    }

    /** Request bodies up to this size are read to their end so that the exchange can complete (see below). */
    private static final int DRAINED = 1 << 20;

    static AuthenticationStatus send(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"ccadmin\", charset=\"UTF-8\"");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"https://ccadmin.org/problems/unauthorized\",\"title\":\"Unauthorized\","
                + "\"status\":401,\"code\":\"unauthorized\",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
        // A complete exchange (request read, response closed) is ended by the container; an incomplete one gets
        // the container's own 401 on top of this one, which it logs as "response already committed".
        drain(request);
        response.getWriter().close();
        // SEND_CONTINUE: the response is complete as written. SEND_FAILURE would let the container replace
        // this problem body with its own HTML error page.
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static void drain(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > DRAINED) {
            return;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0 && total <= DRAINED; ) {
                total += n;
            }
        }
    }
}
