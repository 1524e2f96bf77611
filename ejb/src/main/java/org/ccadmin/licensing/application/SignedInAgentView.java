package org.ccadmin.licensing.application;

import java.time.Instant;
import java.util.List;

/**
 * An agent signed in now: since when (its current tier), the media routing domains it is signed in to, whether
 * it is of the enhanced tier (supervisor or non-voice domain) and the license line that makes it consume.
 */
public record SignedInAgentView(long id, String agentId, String userName, boolean supervisor, Instant since,
        List<Domain> mediaRoutingDomains, boolean enhanced, String entitlement) {

    public record Domain(long id, String name, String type, Instant signedInAt) {
    }
}
