package org.ccadmin.agents.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.ccadmin.agents.domain.AgentAdmission;

/**
 * Admits every new agent. The licensing context replaces this bean (a CDI alternative) with the rule that
 * enforcement blocks adding agents; every path that creates agents already asks {@link AgentAdmission}.
 */
@ApplicationScoped
public class DefaultAgentAdmission implements AgentAdmission {

    @Override
    public void admit(int count) {
        // no licensing yet: always admitted
    }
}
