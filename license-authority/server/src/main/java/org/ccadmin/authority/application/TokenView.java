package org.ccadmin.authority.application;

import java.time.Instant;
import org.ccadmin.authority.domain.IssuedToken;

/** A token as listed: never its text, only a hint to recognise it. {@code token} is set once, in the answer that made it. */
public record TokenView(long id, long virtualAccountId, String hint, String description, Instant createdAt,
        Instant expiresAt, int maxUses, int uses, boolean exportControlled, Instant revokedAt, String status, String token) {

    static TokenView of(IssuedToken t, Instant now) {
        return withText(t, now, null);
    }

    static TokenView withText(IssuedToken t, Instant now, String token) {
        return new TokenView(t.id(), t.virtualAccount().id(), t.hint(), t.description(), t.createdAt(), t.expiresAt(),
                t.maxUses(), t.uses(), t.exportControlled(), t.revokedAt(), t.status(now).name(), token);
    }
}
