package org.ccadmin.inventory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServerNodeTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aNodeRunsUntilFourHeartbeatsAreMissed() {
        ServerNode node = ServerNode.started("node-a", "host-a", T0);
        assertTrue(node.isRunning(T0.plus(ServerNode.STALE_AFTER)));
        assertFalse(node.isRunning(T0.plus(ServerNode.STALE_AFTER).plusMillis(1)));
        node.seen(T0.plusSeconds(60));
        assertTrue(node.isRunning(T0.plusSeconds(60).plus(ServerNode.STALE_AFTER)));
    }

    @Test
    void aLateHeartbeatNeverMovesLastSeenBack() {
        ServerNode node = ServerNode.started("node-a", "host-a", T0);
        node.seen(T0.plusSeconds(90));
        node.seen(T0.plusSeconds(30));
        assertEquals(T0.plusSeconds(90), node.lastSeenAt());
    }

    @Test
    void aRestartUnderTheSameNameStartsAnew() {
        ServerNode node = ServerNode.started("node-a", "host-a", T0);
        node.restarted("host-b", T0.plusSeconds(3600));
        assertEquals("host-b", node.host());
        assertEquals(T0.plusSeconds(3600), node.startedAt());
        assertTrue(node.isRunning(T0.plusSeconds(3600)));
    }

    @Test
    void longNamesAreClippedToTheColumn() {
        ServerNode node = ServerNode.started("n".repeat(300), "h", T0);
        assertEquals(ServerNode.NAME_MAX, node.name().length());
    }
}
