package org.ccadmin.shared.security;

import java.io.Serializable;
import java.util.List;

/**
 * Kept in the HTTP session of an agent (a supervisor) signed in to the console: how it signed in, so each
 * request can re-check that it still may ({@code org.ccadmin.sso.application.ConsoleSessionCheck}).
 * Serializable, so it moves with a replicated session.
 */
record AgentSession(boolean password, List<String> groups) implements Serializable {

    static final String ATTRIBUTE = "ccadmin.agentSession";

    AgentSession {
        groups = List.copyOf(groups);
    }
}
