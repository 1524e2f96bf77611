package org.ccadmin.licensing.application;

/** A machine's system alerts changed (raised, cleared or their detail); pages re-render their alerts. */
public record SystemAlertsChanged(String nodeName) {
}
