package org.ccadmin.it.sso;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A plain HTTP server on loopback that answers one path with a fixed status and body: a discovery document
 * that names another issuer, one with an endpoint on plain http, or one that is not JSON, for the identity provider
 * Test.
 */
final class Documents implements AutoCloseable {

    private final HttpServer server;
    private volatile String body;

    Documents(String path, int status, String contentType, String body) throws IOException {
        this.body = body;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(path, exchange -> {
            byte[] bytes = this.body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** From now on answers {@code body}: for a document that names this server's own address. */
    void answer(String body) {
        this.body = body;
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
