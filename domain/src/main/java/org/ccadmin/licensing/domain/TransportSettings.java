package org.ccadmin.licensing.domain;

import java.net.URI;
import java.net.URISyntaxException;
import org.ccadmin.shared.domain.Violations;

/**
 * The saved Transport Settings. Registration needs them saved first, even for Direct, because the modelled
 * system asks the administrator to choose the communication mechanism before registering. Proxies that need
 * authentication are not supported there, so there are no credentials here.
 */
public record TransportSettings(ConnectionMode mode, String gatewayUrl, String proxyHost, Integer proxyPort) {

    public static final int MAX_LENGTH = 255;

    public TransportSettings {
        Violations v = new Violations();
        if (v.required("mode", mode)) {
            switch (mode) {
                case DIRECT -> {
                    absent(v, "gatewayUrl", gatewayUrl, mode);
                    absent(v, "proxyHost", proxyHost, mode);
                    absent(v, "proxyPort", proxyPort, mode);
                }
                case TRANSPORT_GATEWAY -> {
                    checkUrl(v, gatewayUrl);
                    absent(v, "proxyHost", proxyHost, mode);
                    absent(v, "proxyPort", proxyPort, mode);
                }
                case HTTP_PROXY -> {
                    absent(v, "gatewayUrl", gatewayUrl, mode);
                    if (proxyHost == null || proxyHost.isBlank()) {
                        v.add("proxyHost", "invalidInput.fieldRequired", "proxyHost is required for an HTTP/HTTPS proxy.");
                    }
                    v.maxLength("proxyHost", proxyHost, MAX_LENGTH);
                    v.required("proxyPort", proxyPort);
                    v.range("proxyPort", proxyPort, 1, 65535);
                }
            }
        }
        v.throwIfAny();
    }

    public static TransportSettings direct() {
        return new TransportSettings(ConnectionMode.DIRECT, null, null, null);
    }

    public static TransportSettings transportGateway(String url) {
        return new TransportSettings(ConnectionMode.TRANSPORT_GATEWAY, url, null, null);
    }

    public static TransportSettings httpProxy(String host, int port) {
        return new TransportSettings(ConnectionMode.HTTP_PROXY, null, host, port);
    }

    private static void absent(Violations v, String field, Object value, ConnectionMode mode) {
        if (value != null) {
            v.add(field, "invalidInput.notApplicable", field + " does not apply to " + mode.displayText() + ".");
        }
    }

    /** The on-premises authority is reached over HTTPS at its certificate's name, e.g. https://ssm.example.com/... */
    private static void checkUrl(Violations v, String url) {
        if (url == null || url.isBlank()) {
            v.add("gatewayUrl", "invalidInput.fieldRequired", "gatewayUrl is required for a transport gateway.");
            return;
        }
        v.maxLength("gatewayUrl", url, MAX_LENGTH);
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                v.add("gatewayUrl", "invalidInput.invalidUrl", "gatewayUrl must be an https:// URL with a host name.");
            }
        } catch (URISyntaxException e) {
            v.add("gatewayUrl", "invalidInput.invalidUrl", "gatewayUrl must be an https:// URL with a host name.");
        }
    }
}
