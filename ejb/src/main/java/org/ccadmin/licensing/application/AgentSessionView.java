package org.ccadmin.licensing.application;

import java.time.Instant;

/**
 * The answer to a sign-in or sign-out event (the same for a resend of it): what was recorded, for which agent
 * and media routing domain (null for a sign-out of every domain), at what time, and the line the agent
 * consumes after it (null when signed out, or before a license type is chosen).
 */
public record AgentSessionView(String eventId, String type, long agentId, String agentPeripheralId, String userName,
        Long mediaRoutingDomainId, String mediaRoutingDomainName, Instant at, Instant receivedAt) {
}
