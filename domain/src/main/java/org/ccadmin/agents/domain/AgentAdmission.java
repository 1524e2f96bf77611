package org.ccadmin.agents.domain;

/**
 * Asked before any path (REST, console, bulk job) adds agents: may {@code count} more agents be created?
 * The licensing context implements the rule (enforcement blocks adding agents while out of compliance);
 * until then every request is admitted. Refusal is a {@link org.ccadmin.shared.domain.ConflictException}.
 */
public interface AgentAdmission {

    void admit(int count);
}
