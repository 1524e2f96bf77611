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

/**
 * Brings the authority's schema up to date before anything touches it ({@link AuthorityMigrations}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class AuthoritySchema {

    @Resource(lookup = AuthorityDatabase.DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        try (Connection c = dataSource.getConnection()) {
            // System time on purpose: the simulated clock lives in a table this very step creates.
            AuthorityMigrations.of(AuthoritySchema.class.getClassLoader(), Clock.systemUTC()).migrate(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Authority schema migration failed: " + e.getMessage(), e);
        }
    }
}
