package org.ccadmin.it.authority;

import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The license authority as the build produced it ({@code authority.war}). One war for both databases:
 * Hibernate detects the dialect of the server's AuthorityDS itself.
 */
final class AuthorityDeployment {

    private AuthorityDeployment() {
    }

    static WebArchive war() {
        return org.ccadmin.it.Deployments.authority();
    }
}
