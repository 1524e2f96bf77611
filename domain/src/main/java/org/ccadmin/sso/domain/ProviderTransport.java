package org.ccadmin.sso.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How ccadmin may talk to the identity provider: over https, because the client secret, the authorization code
 * and the ID token travel there and the keys that verify tokens come from there. Plain http only to a loopback
 * address (localhost, 127.0.0.0/8, ::1): a lab or test provider on the same machine, which no one on the
 * network can read or impersonate. The one rule for the issuer (settings), the Test and every sign-in.
 */
public final class ProviderTransport {

    public static final String RULE = "https, or plain http only on a loopback address (localhost, 127.0.0.0/8, ::1)";
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private ProviderTransport() {
    }

    /**
     * Why {@code uri}, the provider's {@code what} ("issuer", "token endpoint", …), may not be used; empty when it
     * may. Never looks a name up: only the name localhost and address literals count as loopback, so what a
     * resolver answers cannot turn a remote host into a "local" one.
     */
    public static Optional<String> refusal(String what, URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("The " + what + " " + uri + " is not an https URL (" + RULE + ").");
        }
        if (uri.getHost() == null) {
            return Optional.of("The " + what + " " + uri + " names no host.");
        }
        if (scheme.equals("http") && !loopback(uri.getHost())) {
            return Optional.of("The " + what + " " + uri + " is not https: plain http is allowed only on a loopback"
                    + " address (localhost, 127.0.0.0/8, ::1), as the client secret and tokens would cross the network readable.");
        }
        return Optional.empty();
    }

    /** localhost, an address of 127.0.0.0/8 or ::1 (written with or without the brackets of a URI). */
    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.equals("localhost.")) {
            return true;
        }
        if (IPV4.matcher(h).matches()) {
            return h.startsWith("127.");
        }
        if (h.contains(":") && h.matches("[0-9a-f:.]+")) {
            try {
                // An IPv6 literal: parsed, not resolved.
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
