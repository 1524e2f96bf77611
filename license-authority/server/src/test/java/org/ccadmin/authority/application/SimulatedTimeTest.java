package org.ccadmin.authority.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SimulatedTimeTest {

    @Test
    void theOffsetStartsAtZeroAndAddsUpInTheDatabase() throws SQLException {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection()) {
            AuthorityMigrations.of(SimulatedTimeTest.class.getClassLoader(), Clock.systemUTC()).migrate(c);
        }
        SimulatedTime time = new SimulatedTime(ds);
        assertEquals(Duration.ZERO, time.offset());
        Instant before = Instant.now();
        Instant moved = time.advance(Duration.ofDays(30));
        assertTrue(!moved.isBefore(before.plus(Duration.ofDays(30))), moved.toString());
        time.advance(Duration.ofHours(2));
        // another instance on the same database (another node) sees the same offset
        assertEquals(Duration.ofDays(30).plusHours(2), new SimulatedTime(ds).offset());
    }
}
