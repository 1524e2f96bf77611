package org.ccadmin.authority.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.ccadmin.support.migration.Migrations;

/**
 * Brings the authority's schema up to date before anything touches it, with the runner ccadmin uses but
 * the authority's own scripts ({@value #ROOT}) and bookkeeping tables ({@value #TABLE_PREFIX}schema_version),
 * so it can share a database with ccadmin.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class AuthoritySchema {

    public static final String ROOT = "db/authority/";
    public static final String TABLE_PREFIX = "authority_";

    @Resource(lookup = AuthorityDatabase.DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        try (Connection c = dataSource.getConnection()) {
            // System time on purpose: the simulated clock lives in a table this very step creates.
            migrations(AuthoritySchema.class.getClassLoader(), Clock.systemUTC()).migrate(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Authority schema migration failed: " + e.getMessage(), e);
        }
    }

    public static Migrations migrations(ClassLoader loader, Clock clock) {
        return new Migrations(loader, clock, ROOT, TABLE_PREFIX);
    }
}
