package org.ccadmin.it;

/** The switch of the benchmarks (not tests): they run only when asked for, and only on the PostgreSQL test server. */
public final class Benchmarks {

    /** For {@code @EnabledIf(Benchmarks.ON_POSTGRESQL)}. */
    public static final String ON_POSTGRESQL = "org.ccadmin.it.Benchmarks#askedForOnPostgresql";

    private Benchmarks() {
    }

    public static boolean askedForOnPostgresql() {
        return "true".equals(System.getProperty("ccadmin.bench")) && "postgresql".equals(System.getProperty("ccadmin.db"));
    }
}
