package org.ccadmin.sso.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.ccadmin.sso.domain.PendingSignIn;

/**
 * The cap of pending sign-ins on this node, from the system property {@value PendingSignIn#CAP_PROPERTY} (see
 * {@link PendingSignIn#cap}). Read once, when the application starts, so that a bad value fails the deployment
 * with a message naming the property rather than the first sign-in. Every node of a cluster should be started
 * with the same value; the count it is compared with is the cluster's, in the database.
 */
@ApplicationScoped
public class PendingSignInCap {

    private final int value = PendingSignIn.cap(System.getProperty(PendingSignIn.CAP_PROPERTY));

    /** Creates the bean, and so reads and checks the property, at start. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        value();
    }

    public int value() {
        return value;
    }
}
