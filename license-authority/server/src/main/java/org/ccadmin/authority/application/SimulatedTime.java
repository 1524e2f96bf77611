package org.ccadmin.authority.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The simulated clock for tests and demos: off unless the server starts with
 * {@code -D}{@value #PROPERTY}{@code =true}; then the authority's time is system time plus an offset kept in
 * the database (so every node of a cluster, and a restart, see the same time), moved only forward.
 */
@ApplicationScoped
public class SimulatedTime {

    public static final String PROPERTY = "ccadmin.simulated-clock";

    @Resource(lookup = AuthorityDatabase.DATASOURCE)
    private DataSource dataSource;

    public SimulatedTime() {
    }

    /** Outside the container (unit tests). */
    SimulatedTime(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    public Duration offset() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("select offset_seconds from authority_simulated_clock where id = 1");
                ResultSet r = p.executeQuery()) {
            return r.next() ? Duration.ofSeconds(r.getLong(1)) : Duration.ZERO;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the simulated clock: " + e.getMessage(), e);
        }
    }

    /** Moves the clock forward by {@code step} (positive); returns the new time. */
    public Instant advance(Duration step) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement p = c.prepareStatement(
                    "update authority_simulated_clock set offset_seconds = offset_seconds + ? where id = 1")) {
                p.setLong(1, step.toSeconds());
                if (p.executeUpdate() == 0) {
                    try (PreparedStatement insert = c.prepareStatement(
                            "insert into authority_simulated_clock (id, offset_seconds) values (1, ?)")) {
                        insert.setLong(1, step.toSeconds());
                        insert.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot move the simulated clock: " + e.getMessage(), e);
        }
        return now();
    }

    public Instant now() {
        return Instant.now().plus(offset());
    }
}
