package org.ccadmin.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
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
import org.junit.jupiter.api.Test;

class MigrationsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static Connection freshDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    private static Migrations migrations() {
        return new Migrations(MigrationsTest.class.getClassLoader(), CLOCK);
    }

    @Test
    void everyListedMigrationAppliesOnAnEmptyDatabaseInPostgresqlMode() throws SQLException {
        try (Connection c = freshDatabase()) {
            int applied = migrations().migrate(c);
            assertEquals(migrations().scripts().size(), applied);
            assertEquals(1, count(c, "select count(*) from media_routing_domain where type = 'VOICE'"));
            assertEquals(1, count(c, "select count(*) from bucket_interval where built_in = true"));
        }
    }

    @Test
    void aSecondRunAppliesNothing() throws SQLException {
        try (Connection c = freshDatabase()) {
            migrations().migrate(c);
            assertEquals(0, migrations().migrate(c));
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

    @Test
    void anAppliedMigrationThatChangedStopsTheStartUp() throws SQLException {
        try (Connection c = freshDatabase()) {
            migrations().migrate(c);
            ClassLoader changed = new ClassLoader(MigrationsTest.class.getClassLoader()) {
                @Override
                public InputStream getResourceAsStream(String name) {
                    if (name.endsWith("V1__foundation.sql")) {
                        return super.getResourceAsStream("changed/db/migration/V1__foundation.sql");
                    }
                    return super.getResourceAsStream(name);
                }

                @Override
                public URL getResource(String name) {
                    return super.getResource(name);
                }
            };
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Migrations(changed, CLOCK).migrate(c));
            assertTrue(e.getMessage().contains("changed after it was applied"), e.getMessage());
        }
    }

    @Test
    void theEmbeddedDatabaseHasNoTuningStatements() throws SQLException {
        try (Connection c = freshDatabase()) {
            migrations().migrate(c);
            assertEquals(0, migrations().tune(c));
        }
    }

    @Test
    void aRefusedTuningStatementIsSkippedAndTheOthersStillRun() throws SQLException {
        try (Connection c = freshDatabase()) {
            migrations().migrate(c);
            ClassLoader tuned = new ClassLoader(MigrationsTest.class.getClassLoader()) {
                @Override
                public InputStream getResourceAsStream(String name) {
                    if (name.equals("db/tuning/h2.sql")) {
                        return new java.io.ByteArrayInputStream(("create extension if not exists pg_trgm;\n"
                                + "create index if not exists ix_test_tuning on agent (description);\n").getBytes());
                    }
                    return super.getResourceAsStream(name);
                }
            };
            assertEquals(1, new Migrations(tuned, CLOCK).tune(c));
            assertEquals(1, count(c, "select count(*) from information_schema.indexes where index_name = 'ix_test_tuning'"));
            assertEquals(1, new Migrations(tuned, CLOCK).tune(c), "idempotent: a second start runs the same statements");
        }
    }

    @Test
    void statementsAreSplitAtSemicolonsEndingALineAndCommentsAreDropped() {
        List<String> statements = Migrations.statements("-- a comment\ncreate table a (x int);\n\ninsert into a\n values (1);\n");
        assertEquals(List.of("create table a (x int)", "insert into a\n values (1)"), statements);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
