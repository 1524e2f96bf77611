package org.ccadmin.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.ccadmin.support.migration.Migrations;
import org.junit.jupiter.api.Test;

/** ccadmin's own scripts, run by the shared runner the way {@link SchemaMigrator} runs them. */
class CcadminSchemaTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static Migrations migrations() {
        return SchemaMigrator.migrations(CcadminSchemaTest.class.getClassLoader(), CLOCK);
    }

    @Test
    void everyListedMigrationAppliesOnAnEmptyDatabaseInPostgresqlMode() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")) {
            int applied = migrations().migrate(c);
            assertEquals(migrations().scripts().size(), applied);
            assertEquals(1, count(c, "select count(*) from media_routing_domain where type = 'VOICE'"));
            assertEquals(1, count(c, "select count(*) from bucket_interval where built_in = true"));
            assertEquals(0, migrations().migrate(c));
        }
    }

    @Test
    void theEmbeddedDatabaseHasNoTuningStatements() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")) {
            migrations().migrate(c);
            assertEquals(0, migrations().tune(c, "db/tuning/"));
        }
    }

    @Test
    void theIndexListsEveryMigrationFileAndNothingElse() throws IOException {
        Path dir = Path.of("src/main/resources/db/migration");
        try (var files = Files.list(dir)) {
            List<String> sql = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
            assertEquals(sql, migrations().scripts().stream().sorted().toList());
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
