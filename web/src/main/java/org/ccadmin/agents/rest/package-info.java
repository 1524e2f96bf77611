/** REST resources of User Setup: {@code /api/v1/agents}, {@code /api/v1/agents/attribute-edits}, {@code /api/v1/agent-teams}. */
package org.ccadmin.agents.rest;
