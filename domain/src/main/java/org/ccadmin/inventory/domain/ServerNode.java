package org.ccadmin.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One ccadmin server node, named by its WildFly node name (unique per node of a cluster). Liveness is judged
 * on the machines' real clock, never the licensing simulated clock: a test that moves licensing time 90 days
 * forward must not make the running nodes look dead.
 */
@Entity
@Table(name = "server_node")
public class ServerNode {

    /** How often a running node refreshes its row. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(30);
    /** A node silent for this long (four missed heartbeats) counts as stopped. */
    public static final Duration STALE_AFTER = HEARTBEAT.multipliedBy(4);
    public static final int NAME_MAX = 255;

    @Id
    @Column(name = "name", length = NAME_MAX)
    private String name;

    @Column(name = "host", nullable = false, length = NAME_MAX)
    private String host;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected ServerNode() {
    }

    /** A node that starts now. */
    public static ServerNode started(String name, String host, Instant now) {
        ServerNode node = new ServerNode();
        node.name = clip(Objects.requireNonNull(name, "name"));
        node.host = clip(Objects.requireNonNull(host, "host"));
        node.startedAt = now;
        node.lastSeenAt = now;
        return node;
    }

    /** The node (re)started at {@code now}: a restart under the same name is the same machine, started anew. */
    public void restarted(String newHost, Instant now) {
        host = clip(newHost);
        startedAt = now;
        lastSeenAt = now;
    }

    /** The node is still running at {@code now}. */
    public void seen(Instant now) {
        if (now.isAfter(lastSeenAt)) {
            lastSeenAt = now;
        }
    }

    public boolean isRunning(Instant now) {
        return !lastSeenAt.plus(STALE_AFTER).isBefore(now);
    }

    private static String clip(String text) {
        return text.length() > NAME_MAX ? text.substring(0, NAME_MAX) : text;
    }

    public String name() { return name; }
    public String host() { return host; }
    public Instant startedAt() { return startedAt; }
    public Instant lastSeenAt() { return lastSeenAt; }
}
