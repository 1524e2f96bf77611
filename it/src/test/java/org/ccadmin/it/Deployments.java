package org.ccadmin.it;

import java.io.File;
import java.io.InputStream;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The archives the tests deploy. REST tests deploy the very EAR the build produced, not a hand-listed
 * test archive; only the persistence unit is swapped when the server runs on PostgreSQL, because the EAR
 * is built with the H2 template (the templates differ in the Hibernate dialect).
 */
public final class Deployments {

    private static final String DOMAIN_JAR = "lib/ccadmin-domain.jar";

    private Deployments() {
    }

    /** The application EAR for the database this run targets (system property {@code ccadmin.db}). */
    public static EnterpriseArchive application() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(required("ear.file")));
        if ("postgresql".equals(TestDatabase.kind())) {
            usePersistenceUnit(ear, "postgresql");
        }
        return ear;
    }

    /**
     * The license authority as the build produced it ({@code authority.war}), deployed beside ccadmin as the
     * embedded default does. One war for both databases: Hibernate detects the dialect of AuthorityDS itself.
     */
    public static org.jboss.shrinkwrap.api.spec.WebArchive authority() {
        return ShrinkWrap.createFromZipFile(org.jboss.shrinkwrap.api.spec.WebArchive.class, new File(required("authority.war.file")));
    }

    private static void usePersistenceUnit(EnterpriseArchive ear, String database) {
        File template = new File(required("templates.dir"), database + "/META-INF/persistence.xml");
        if (!template.isFile()) {
            throw new IllegalStateException("No persistence.xml template at " + template);
        }
        ArchivePath path = ArchivePaths.create(DOMAIN_JAR);
        if (!ear.contains(path)) {
            throw new IllegalStateException(ear.getName() + " has no " + DOMAIN_JAR);
        }
        JavaArchive domain;
        try (InputStream in = ear.get(path).getAsset().openStream()) {
            domain = ShrinkWrap.create(ZipImporter.class, "ccadmin-domain.jar").importFrom(in).as(JavaArchive.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read " + DOMAIN_JAR, e);
        }
        domain.delete("META-INF/persistence.xml");
        domain.addAsManifestResource(template, "persistence.xml");
        ear.delete(path);
        ear.addAsLibrary(domain);
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (failsafe sets it)");
        }
        return value;
    }
}
