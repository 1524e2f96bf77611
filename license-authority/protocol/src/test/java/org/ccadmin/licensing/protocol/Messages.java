package org.ccadmin.licensing.protocol;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared test material: a fixed clock and a sample request. */
final class Messages {

    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Messages() {
    }

    static Envelope authorizeRequest(Clock clock) {
        return Envelope.request(MessageType.AUTHORIZE,
                new AuthorizeRequest("instance-1", "FLEX", "PRODUCTION", java.util.List.of("PREMIUM_AGENT")).toJson(), clock);
    }
}
