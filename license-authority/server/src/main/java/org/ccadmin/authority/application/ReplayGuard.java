package org.ccadmin.authority.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.ccadmin.licensing.protocol.MessageAcceptance;

/**
 * Remembers every accepted request id in the database (so every node sees it) for
 * {@link MessageAcceptance#REPLAY_RETENTION}; a message outside that time is refused as stale anyway. Its own
 * transaction: a request that is refused later still counts as seen, so it cannot be tried again.
 */
@ApplicationScoped
public class ReplayGuard {

    @PersistenceContext(unitName = "authority")
    private EntityManager em;

    /** True the first time {@code messageId} is presented, false for every replay. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean firstSeen(UUID messageId, Instant now) {
        em.createNativeQuery("delete from authority_seen_message where seen_at < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(now.minus(MessageAcceptance.REPLAY_RETENTION), ZoneOffset.UTC))
                .executeUpdate();
        return em.createNativeQuery("insert into authority_seen_message (message_id, seen_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, messageId.toString())
                .setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate() == 1;
    }
}
