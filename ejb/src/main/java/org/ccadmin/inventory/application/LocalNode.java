package org.ccadmin.inventory.application;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This JVM's identity in the inventory: WildFly's node name (the host name unless {@code jboss.node.name} is
 * set, which a cluster must set per node) and the host it runs on.
 */
public final class LocalNode {

    private LocalNode() {
    }

    public static String name() {
        String configured = System.getProperty("jboss.node.name");
        return configured != null && !configured.isBlank() ? configured.strip() : host();
    }

    public static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
