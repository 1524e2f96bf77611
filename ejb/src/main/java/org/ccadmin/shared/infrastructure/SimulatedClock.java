package org.ccadmin.shared.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * System time moved forward by the offset in table {@code simulated_clock}. The offset is read at most once a
 * second per node: reading it on every call cost a database round trip per {@code instant()}, which made a bulk
 * job of 72,000 agents five times slower. The node that moves the clock knows the new offset at once
 * ({@link #offsetChanged}); other nodes of a cluster follow within {@link #REFRESH}. Before the schema exists
 * (the migration itself asks for the time) the offset is zero.
 */
public final class SimulatedClock extends Clock {

    public static final String PROPERTY = "ccadmin.simulated-clock";
    static final java.time.Duration REFRESH = java.time.Duration.ofSeconds(1);

    /** The offset last read, and when (System.nanoTime); shared by every clock instance of this node. */
    private static volatile long cachedOffset;
    private static volatile long cachedAt = Long.MIN_VALUE;

    private final DataSource dataSource;
    private final ZoneId zone;

    SimulatedClock(DataSource dataSource) {
        this(dataSource, ZoneOffset.UTC);
    }

    private SimulatedClock(DataSource dataSource, ZoneId zone) {
        this.dataSource = dataSource;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        long now = System.nanoTime();
        if (cachedAt == Long.MIN_VALUE || now - cachedAt > REFRESH.toNanos()) {
            cachedOffset = offsetMillis(dataSource);
            cachedAt = now;
        }
        return Instant.now().plusMillis(cachedOffset);
    }

    /** This node just stored a new offset: use it from now on without waiting for the next read. */
    public static void offsetChanged(long offsetMillis) {
        cachedOffset = offsetMillis;
        cachedAt = System.nanoTime();
    }

    static long offsetMillis(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select offset_millis from simulated_clock where id = 1");
                ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SimulatedClock(dataSource, zone);
    }
}
