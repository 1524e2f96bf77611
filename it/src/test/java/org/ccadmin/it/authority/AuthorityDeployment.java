package org.ccadmin.it.authority;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The license authority as the build produced it ({@code authority.war}). One war for both databases:
 * Hibernate detects the dialect of the server's AuthorityDS itself.
 */
final class AuthorityDeployment {

    private AuthorityDeployment() {
    }

    static WebArchive war() {
        String path = System.getProperty("authority.war.file");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("System property authority.war.file does not name the built authority.war: " + path);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
    }
}
