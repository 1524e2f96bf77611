package org.ccadmin.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every response carries. The Content-Security-Policy allows scripts and styles only from this
 * origin; 'unsafe-inline' and 'unsafe-eval' are needed by Faces and PrimeFaces ajax callbacks (see the
 * README's known issues). Frames are refused entirely, against click-jacking.
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        // Not for localhost: browsers would apply it to every local application on that host name.
        if (request.isSecure() && !"localhost".equalsIgnoreCase(request.getServerName())) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (Paths.isApi(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
