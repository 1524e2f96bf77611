/**
 * User Setup: agents (the people who handle contacts, with their attribute values) and agent teams
 * (members, supervisors). Limits are the modelled system's: 50 attributes per agent, 50 agents and 20
 * supervisors per team, one team per agent.
 */
package org.ccadmin.agents.domain;
