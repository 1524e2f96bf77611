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
 * System time moved forward by the offset in table {@code simulated_clock}. Read on every call, not cached, so
 * that every node of a cluster sees the same time the moment an administrator advances it. Before the schema
 * exists (the migration itself asks for the time) the offset is zero.
 */
public final class SimulatedClock extends Clock {

    public static final String PROPERTY = "ccadmin.simulated-clock";

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
        return Instant.now().plusMillis(offsetMillis(dataSource));
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
