package org.ccadmin.shared.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ties a single sign-on to the browser that started it (RFC 9700 §4.7, login CSRF): the start gives the browser
 * a random value in an HttpOnly cookie and stores only its digest with the pending sign-in; the callback is
 * accepted only from a browser that presents the value. A cookie, not the HTTP session, so that any node of a
 * cluster can check it. SameSite=Lax still sends it on the identity provider's top-level redirect back.
 */
final class BrowserBinding {

    static final String COOKIE = "ccadmin-sso";
    private static final SecureRandom RANDOM = new SecureRandom();

    private BrowserBinding() {
    }

    /** Sets a new value in the browser and returns the digest to store. */
    static String issue(HttpServletRequest request, HttpServletResponse response) {
        byte[] value = new byte[32];
        RANDOM.nextBytes(value);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(value);
        response.addCookie(cookie(request, text, (int) java.time.Duration.ofMinutes(10).toSeconds()));
        return digest(text);
    }

    /** The digest of the value this browser presents, or null when it has none. */
    static String presented(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName()) && c.getValue() != null && !c.getValue().isEmpty()) {
                    return digest(c.getValue());
                }
            }
        }
        return null;
    }

    static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie c = new Cookie(COOKIE, value);
        c.setHttpOnly(true);
        c.setSecure(request.isSecure());
        c.setPath(request.getContextPath() + "/sso");
        c.setMaxAge(maxAge);
        c.setAttribute("SameSite", "Lax");
        return c;
    }

    private static String digest(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
