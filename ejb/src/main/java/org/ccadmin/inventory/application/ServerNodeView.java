package org.ccadmin.inventory.application;

import java.time.Instant;
import org.ccadmin.inventory.domain.ServerNode;

/** A machine of the deployment as pages and the API show it; {@code local} marks the node that answered. */
public record ServerNodeView(String name, String host, Instant startedAt, Instant lastSeenAt, boolean running,
        boolean local) {

    static ServerNodeView of(ServerNode node, Instant now, String localName) {
        return new ServerNodeView(node.name(), node.host(), node.startedAt(), node.lastSeenAt(),
                node.isRunning(now), node.name().equals(localName));
    }
}
