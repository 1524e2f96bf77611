package org.ccadmin.authority.application;

import java.time.Clock;
import org.ccadmin.support.migration.Migrations;

/**
 * The runner ccadmin uses, with the authority's own scripts ({@value #ROOT}) and bookkeeping tables
 * ({@value #TABLE_PREFIX}schema_version), so the authority can share a database with ccadmin.
 */
public final class AuthorityMigrations {

    public static final String ROOT = "db/authority/";
    public static final String TABLE_PREFIX = "authority_";

    private AuthorityMigrations() {
    }

    public static Migrations of(ClassLoader loader, Clock clock) {
        return new Migrations(loader, clock, ROOT, TABLE_PREFIX);
    }
}
