package org.ccadmin.authority.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.ccadmin.authority.application.AdministratorCredentials;

/**
 * HTTP Basic against {@link AdministratorCredentials}. A protected request without valid credentials gets a
 * 401 with a Basic challenge (a browser then asks for them, which is the console's sign-in) and a
 * problem body; unprotected paths (the protocol, static resources) pass without credentials.
 */
@ApplicationScoped
public class BasicAuthentication implements HttpAuthenticationMechanism {

    static final String REALM = "ccadmin license authority";

    @Inject
    private AdministratorCredentials credentials;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = decode(header.substring(6).strip());
            if (pair != null && credentials.valid(pair[0], pair[1])) {
                return context.notifyContainerAboutLogin(pair[0], Set.of(AdministratorCredentials.ROLE));
            }
            return challenge(response, "The user name or password is wrong.");
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return challenge(response, "Sign in with the license authority administrator's user name and password (HTTP Basic).");
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, String detail) {
        try {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            response.setStatus(401);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"https://ccadmin.org/problems/unauthorized\",\"title\":\"Unauthorized\","
                    + "\"status\":401,\"code\":\"unauthorized\",\"detail\":\"" + detail + "\"}");
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static String[] decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
