package org.ccadmin.support.migration;

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
 * Versioned schema migrations: the scripts listed in {@code <root>index.txt}, applied in order and
 * recorded in {@code <prefix>schema_version} with a checksum. A changed script that was already applied stops the
 * start-up instead of leaving two databases with different schemas. The list is read from an index file
 * rather than by scanning the class path, which does not work reliably inside an application server.
 * Concurrent starts of several nodes serialise on a row lock in {@code <prefix>schema_lock}.
 *
 * <p>ccadmin and the license authority each run their own scripts (their own root) and keep their own
 * bookkeeping (their own table prefix), so both can live in one database without seeing each other.
 *
 * <p>The migrations define the schema (tables, columns, constraints, plain indexes) and are the same on every
 * database. {@link #tune} adds access paths only one database offers (PostgreSQL's trigram index for
 * "contains" search) from {@code <tuning root><database>.sql}: idempotent statements run after the migrations on
 * every start, each on its own, and a refused one (an extension the server lacks) is logged and skipped,
 * because queries return the same rows without it, only more slowly.
 */
public final class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    private static final Pattern NAME = Pattern.compile("V(\\d+)__[A-Za-z0-9_]+\\.sql");

    private final ClassLoader loader;
    private final Clock clock;
    private final String root;
    private final String versionTable;
    private final String lockTable;

    /**
     * @param root        resource folder of the scripts and their {@code index.txt}, ending with a slash
     * @param tablePrefix prefix of the bookkeeping tables ({@code ""} gives {@code schema_version})
     */
    public Migrations(ClassLoader loader, Clock clock, String root, String tablePrefix) {
        if (!root.endsWith("/")) {
            throw new IllegalArgumentException("The migration root must end with a slash: " + root);
        }
        this.loader = loader;
        this.clock = clock;
        this.root = root;
        this.versionTable = tablePrefix + "schema_version";
        this.lockTable = tablePrefix + "schema_lock";
    }

    /** Applies what is missing; returns the number of scripts applied. */
    public int migrate(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("create table if not exists " + versionTable + " (version integer primary key, script varchar(255) not null, "
                    + "checksum varchar(64) not null, installed_on timestamp with time zone not null)");
            s.execute("create table if not exists " + lockTable + " (id integer primary key)");
            try {
                s.execute("insert into " + lockTable + " (id) values (1)");
            } catch (SQLException alreadyThere) {
                // another node (or an earlier start) created the lock row
            }
            c.setAutoCommit(false);
            s.executeQuery("select id from " + lockTable + " where id = 1 for update").close();
            Map<Integer, String> applied = applied(c, versionTable);
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
                        "insert into " + versionTable + " (version, script, checksum, installed_on) values (?, ?, ?, ?)")) {
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

    /**
     * Runs the tuning statements of this database ({@code <tuningRoot><product name>.sql}, e.g.
     * {@code db/tuning/postgresql.sql}), if it has any; returns how many succeeded.
     */
    public int tune(Connection c, String tuningRoot) throws SQLException {
        String database = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).replace(' ', '-');
        String sql = resource(tuningRoot + database + ".sql");
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

    public List<String> scripts() {
        List<String> scripts = new ArrayList<>();
        int previous = 0;
        for (String line : read("index.txt").split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            int version = version(name);
            if (version <= previous) {
                throw new IllegalStateException("Migration " + name + " is out of order in " + root + "index.txt");
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

    private static Map<Integer, String> applied(Connection c, String versionTable) throws SQLException {
        Map<Integer, String> applied = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select version, checksum from " + versionTable)) {
            while (r.next()) {
                applied.put(r.getInt(1), r.getString(2));
            }
        }
        return applied;
    }

    private String read(String name) {
        String text = resource(root + name);
        if (text == null) {
            throw new IllegalStateException("Missing migration resource " + root + name);
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
    public static List<String> statements(String sql) {
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
