package org.ccadmin.it;

/** Which database this run targets: failsafe sets {@code ccadmin.db} to h2 or postgresql. */
final class TestDatabase {

    private TestDatabase() {
    }

    static String kind() {
        return System.getProperty("ccadmin.db", "h2");
    }

    /** The server's own setting (same variables, same defaults as datasource-postgresql.cli). */
    static String env(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
