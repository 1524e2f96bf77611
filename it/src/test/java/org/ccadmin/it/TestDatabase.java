package org.ccadmin.it;

/** Which database this run targets: failsafe sets {@code ccadmin.db} to h2 or postgresql. */
final class TestDatabase {

    private TestDatabase() {
    }

    static String kind() {
        return System.getProperty("ccadmin.db", "h2");
    }

    /** A connection to the PostgreSQL database the server under test uses. */
    static java.sql.Connection postgresql() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(postgresqlUrl(), env("CCADMIN_DB_USER", "ccadmin"),
                env("CCADMIN_DB_PASSWORD", "ccadmin"));
    }

    static String postgresqlUrl() {
        return env("CCADMIN_DB_URL", "jdbc:postgresql://localhost:5432/ccadmin");
    }

    /** The server's own setting (same variables, same defaults as datasource-postgresql.cli). */
    static String env(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
