/** JPA repositories of User Setup; agent searches build their criteria in {@link org.ccadmin.agents.infrastructure.AgentCriteria}. */
package org.ccadmin.agents.infrastructure;
