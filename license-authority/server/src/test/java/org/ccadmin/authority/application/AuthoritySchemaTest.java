package org.ccadmin.authority.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The authority's scripts, run by the shared runner the way AuthoritySchema runs them, beside ccadmin's bookkeeping. */
class AuthoritySchemaTest {

    @Test
    void theScriptsApplyInPostgresqlModeWithPrefixedBookkeeping() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")) {
            var migrations = AuthorityMigrations.of(AuthoritySchemaTest.class.getClassLoader(), Clock.systemUTC());
            assertEquals(migrations.scripts().size(), migrations.migrate(c));
            assertEquals(migrations.scripts().size(), count(c, "select count(*) from authority_schema_version"));
            // the statements the start-up beans and the replay guard run natively
            c.createStatement().execute("insert into authority_seen_message (message_id, seen_at) values ('m', current_timestamp)");
            assertEquals(0, c.createStatement().executeUpdate(
                    "insert into authority_seen_message (message_id, seen_at) values ('m', current_timestamp) on conflict do nothing"));
        }
    }

    @Test
    void everyTableIsPrefixed() throws IOException {
        Path scripts = Path.of("src/main/resources/db/authority");
        StringBuilder all = new StringBuilder();
        for (String script : Files.readAllLines(scripts.resolve("index.txt"))) {
            if (!script.isBlank() && !script.startsWith("#")) {
                all.append(Files.readString(scripts.resolve(script.strip()))).append('\n');
            }
        }
        List<String> names = all.toString().lines().map(String::strip).filter(l -> l.startsWith("create table") || l.startsWith("create sequence")
                || l.startsWith("create index")).map(l -> l.split("\\s+")[2]).toList();
        names.forEach(n -> assertEquals(true, n.startsWith("authority_"), n));
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
