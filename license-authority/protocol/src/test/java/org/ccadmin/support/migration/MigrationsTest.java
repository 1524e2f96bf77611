package org.ccadmin.support.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
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
    private static final String ROOT = "db/sample/";

    private static Connection freshDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    private static Migrations migrations(String prefix) {
        return new Migrations(MigrationsTest.class.getClassLoader(), CLOCK, ROOT, prefix);
    }

    @Test
    void theListedScriptsApplyInOrderAndAreRecorded() throws SQLException {
        try (Connection c = freshDatabase()) {
            assertEquals(2, migrations("").migrate(c));
            assertEquals(2, count(c, "select count(*) from sample_item"));
            assertEquals(2, count(c, "select count(*) from schema_version"));
        }
    }

    @Test
    void aRefusedTuningStatementIsSkippedAndTheOthersStillRun() throws SQLException {
        try (Connection c = freshDatabase()) {
            migrations("").migrate(c);
            assertEquals(1, migrations("").tune(c, "db/sample-tuning/"));
            assertEquals(1, count(c, "select count(*) from information_schema.indexes where index_name = 'ix_sample_item_name'"));
            assertEquals(1, migrations("").tune(c, "db/sample-tuning/"), "idempotent: every start runs the same statements");
        }
    }

    @Test
    void aDatabaseWithoutTuningStatementsRunsNone() throws SQLException {
        try (Connection c = freshDatabase()) {
            migrations("").migrate(c);
            assertEquals(0, migrations("").tune(c, "db/no-tuning/"));
        }
    }

    @Test
    void aSecondRunAppliesNothing() throws SQLException {
        try (Connection c = freshDatabase()) {
            migrations("").migrate(c);
            assertEquals(0, migrations("").migrate(c));
        }
    }

    @Test
    void aTablePrefixKeepsTwoSchemasApartInOneDatabase() throws SQLException {
        try (Connection c = freshDatabase()) {
            migrations("").migrate(c);
            c.createStatement().execute("drop table sample_item");
            // the other schema's bookkeeping does not know these scripts, so it applies them again
            assertEquals(2, migrations("other_").migrate(c));
            assertEquals(2, count(c, "select count(*) from other_schema_version"));
            assertEquals(2, count(c, "select count(*) from schema_version"));
        }
    }

    @Test
    void anAppliedMigrationThatChangedStopsTheStartUp() throws SQLException {
        try (Connection c = freshDatabase()) {
            migrations("").migrate(c);
            ClassLoader changed = new ClassLoader(MigrationsTest.class.getClassLoader()) {
                @Override
                public InputStream getResourceAsStream(String name) {
                    if (name.endsWith("V1__first.sql")) {
                        return super.getResourceAsStream("changed/" + name);
                    }
                    return super.getResourceAsStream(name);
                }
            };
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new Migrations(changed, CLOCK, ROOT, "").migrate(c));
            assertTrue(e.getMessage().contains("changed after it was applied"), e.getMessage());
        }
    }

    @Test
    void scriptsOutOfOrderInTheIndexAreRefused() {
        Migrations unordered = new Migrations(MigrationsTest.class.getClassLoader(), CLOCK, "db/unordered/", "");
        IllegalStateException e = assertThrows(IllegalStateException.class, unordered::scripts);
        assertTrue(e.getMessage().contains("out of order"), e.getMessage());
    }

    @Test
    void aRootWithoutTrailingSlashIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Migrations(MigrationsTest.class.getClassLoader(), CLOCK, "db/sample", ""));
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
