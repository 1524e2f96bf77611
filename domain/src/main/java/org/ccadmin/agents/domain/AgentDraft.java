package org.ccadmin.agents.domain;

/**
 * What a client asks an agent to be. Null means "not given": defaults on create, unchanged on update.
 * The password is kept only as long as it takes to hash it. Attribute values and the team are handled by
 * their own verbs on {@link Agent}, because they need other aggregates.
 */
public record AgentDraft(String agentId, String userName, String firstName, String lastName, String description,
        char[] password, Boolean loginEnabled, Boolean ssoEnabled, Boolean agentStateTrace, Boolean supervisor) {
}
