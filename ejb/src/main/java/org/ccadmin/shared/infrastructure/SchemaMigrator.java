package org.ccadmin.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.ccadmin.support.migration.Migrations;

/**
 * Brings the schema up to date before anything else touches the database: every start-up bean that
 * needs tables declares {@code @DependsOn("SchemaMigrator")}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    @Resource(lookup = "java:jboss/datasources/AppDS")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @PostConstruct
    void migrate() {
        try (Connection c = dataSource.getConnection()) {
            Migrations migrations = migrations(SchemaMigrator.class.getClassLoader(), clock);
            migrations.migrate(c);
            migrations.tune(c, "db/tuning/");
        } catch (SQLException e) {
            throw new IllegalStateException("Schema migration failed: " + e.getMessage(), e);
        }
    }

    /** ccadmin's scripts ({@code db/migration/}) with the unprefixed bookkeeping tables it always had. */
    static Migrations migrations(ClassLoader loader, Clock clock) {
        return new Migrations(loader, clock, "db/migration/", "");
    }
}
