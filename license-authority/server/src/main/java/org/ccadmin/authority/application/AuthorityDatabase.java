package org.ccadmin.authority.application;

/** The authority's own datasource: its persistence unit and its JDBC start-up work use only this one. */
final class AuthorityDatabase {

    static final String DATASOURCE = "java:jboss/datasources/AuthorityDS";

    private AuthorityDatabase() {
    }
}
