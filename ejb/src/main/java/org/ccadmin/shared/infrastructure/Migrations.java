package org.ccadmin.shared.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned schema migrations: the scripts listed in {@code db/migration/index.txt}, applied in order and
 * recorded in {@code schema_version} with a checksum. A changed script that was already applied stops the
 * start-up instead of leaving two databases with different schemas. The list is read from an index file
 * rather than by scanning the class path, which does not work reliably inside an application server.
 * Concurrent starts of several nodes serialise on a row lock in {@code schema_lock}.
 *
 * <p>The migrations define the schema (tables, columns, constraints, plain indexes) and are the same on every
 * database. {@code db/tuning/<database>.sql} adds access paths only one database offers (PostgreSQL's trigram
 * index for "contains" search): idempotent statements run after the migrations on every start, each on its
 * own, and a refused one (an extension the server lacks) is logged and skipped, because queries return the
 * same rows without it, only more slowly.
 */
public final class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    private static final String ROOT = "db/migration/";
    private static final String TUNING = "db/tuning/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__[A-Za-z0-9_]+\\.sql");

    private final ClassLoader loader;
    private final Clock clock;

    public Migrations(ClassLoader loader, Clock clock) {
        this.loader = loader;
        this.clock = clock;
    }

    /** Applies what is missing; returns the number of scripts applied. */
    public int migrate(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("create table if not exists schema_version (version integer primary key, script varchar(255) not null, "
                    + "checksum varchar(64) not null, installed_on timestamp with time zone not null)");
            s.execute("create table if not exists schema_lock (id integer primary key)");
            try {
                s.execute("insert into schema_lock (id) values (1)");
            } catch (SQLException alreadyThere) {
                // another node (or an earlier start) created the lock row
            }
            c.setAutoCommit(false);
            s.executeQuery("select id from schema_lock where id = 1 for update").close();
            Map<Integer, String> applied = applied(c);
            int count = 0;
            for (String script : scripts()) {
                int version = version(script);
                String sql = read(script);
                String checksum = checksum(sql);
                String known = applied.get(version);
                if (known != null) {
                    if (!known.equals(checksum)) {
                        throw new IllegalStateException("Migration " + script + " changed after it was applied "
                                + "(checksum " + checksum + ", recorded " + known + "); add a new migration instead.");
                    }
                    continue;
                }
                for (String statement : statements(sql)) {
                    s.execute(statement);
                }
                try (PreparedStatement p = c.prepareStatement(
                        "insert into schema_version (version, script, checksum, installed_on) values (?, ?, ?, ?)")) {
                    p.setInt(1, version);
                    p.setString(2, script);
                    p.setString(3, checksum);
                    p.setTimestamp(4, Timestamp.from(clock.instant()));
                    p.executeUpdate();
                }
                c.commit();
                LOG.info(() -> "Applied schema migration " + script);
                count++;
            }
            c.commit();
            return count;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Runs the tuning statements of this database, if it has any; returns how many succeeded. */
    public int tune(Connection c) throws SQLException {
        String database = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).replace(' ', '-');
        String sql = resource(TUNING + database + ".sql");
        if (sql == null) {
            return 0;
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(true);
        int done = 0;
        try (Statement s = c.createStatement()) {
            for (String statement : statements(sql)) {
                try {
                    s.execute(statement);
                    done++;
                } catch (SQLException refused) {
                    LOG.warning(() -> "Skipped tuning statement (" + refused.getMessage().strip() + "): " + statement);
                }
            }
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return done;
    }

    List<String> scripts() {
        List<String> scripts = new ArrayList<>();
        int previous = 0;
        for (String line : read("index.txt").split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            int version = version(name);
            if (version <= previous) {
                throw new IllegalStateException("Migration " + name + " is out of order in " + ROOT + "index.txt");
            }
            previous = version;
            scripts.add(name);
        }
        return scripts;
    }

    private static int version(String script) {
        Matcher m = NAME.matcher(script);
        if (!m.matches()) {
            throw new IllegalStateException("Migration name " + script + " does not follow V<n>__<words>.sql");
        }
        return Integer.parseInt(m.group(1));
    }

    private static Map<Integer, String> applied(Connection c) throws SQLException {
        Map<Integer, String> applied = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select version, checksum from schema_version")) {
            while (r.next()) {
                applied.put(r.getInt(1), r.getString(2));
            }
        }
        return applied;
    }

    private String read(String name) {
        String text = resource(ROOT + name);
        if (text == null) {
            throw new IllegalStateException("Missing migration resource " + ROOT + name);
        }
        return text;
    }

    /** The resource's text, or null if there is none. */
    private String resource(String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Statements end with a semicolon at the end of a line; lines starting with -- are comments. */
    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String checksum(String sql) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
