package org.ccadmin.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Empties the application database once per test run, before any test and therefore before Arquillian
 * starts the server: the schema migration and the bootstrap administrator then run as on a new
 * installation, and tests can count on the built-in items only. PostgreSQL: the public schema is dropped
 * and recreated (connection settings as the server reads them). H2: the server's database directory is
 * deleted. Nothing is touched when the tests reuse a running server ({@code wildfly.allow.running=true}),
 * because that server holds the database open.
 */
public class FreshDatabase implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(FreshDatabase.class.getName());

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("ccadmin.db") == null || Boolean.getBoolean("wildfly.allow.running")) {
            return;
        }
        switch (TestDatabase.kind()) {
            case "postgresql" -> resetPostgresql();
            case "h2" -> deleteH2Files();
            default -> throw new IllegalStateException("Unknown ccadmin.db " + TestDatabase.kind());
        }
    }

    private static void resetPostgresql() {
        String url = TestDatabase.postgresqlUrl();
        try (Connection c = TestDatabase.postgresql(); Statement s = c.createStatement()) {
            s.execute("drop schema public cascade");
            s.execute("create schema public");
            LOG.info(() -> "Emptied PostgreSQL database " + url);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the test database " + url + ": " + e.getMessage(), e);
        }
    }

    private static void deleteH2Files() {
        Path dir = Path.of(Deployments.required("jboss.home"), "standalone", "data", "ccadmin");
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(FreshDatabase::delete);
            LOG.info(() -> "Deleted H2 database " + dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
