package org.ccadmin.identity.domain;

/** The console and API roles; the strings are the Jakarta Security group (and role) names. */
public final class Role {

    public static final String ADMINISTRATOR = "administrator";
    public static final String SUPERVISOR = "supervisor";

    private Role() {
    }
}
