package org.ccadmin.shared.rest;

import jakarta.ws.rs.ext.RuntimeDelegate;
import org.junit.jupiter.api.Assumptions;

/**
 * Building a {@link jakarta.ws.rs.core.Response} or an {@link jakarta.ws.rs.core.EntityTag} outside a server needs a
 * JAX-RS implementation (a {@link RuntimeDelegate}) on the test class path. Tests that need one are skipped, with the
 * reason, when there is none, so that the rest of the module's tests still run.
 */
final class RuntimeDelegateSupport {

    private static final String MISSING = "No JAX-RS RuntimeDelegate on the test class path: add a JAX-RS implementation "
            + "such as org.jboss.resteasy:resteasy-core (test scope) to web/pom.xml to run this test.";

    private static final boolean AVAILABLE = probe();

    private RuntimeDelegateSupport() {
    }

    private static boolean probe() {
        try {
            return RuntimeDelegate.getInstance() != null;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static void assumeAvailable() {
        Assumptions.assumeTrue(AVAILABLE, MISSING);
    }
}
