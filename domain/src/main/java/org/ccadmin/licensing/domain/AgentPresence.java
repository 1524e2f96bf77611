package org.ccadmin.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An agent signed in to at least one media routing domain, from {@code startedAt} until {@code endedAt} (open
 * while it lasts), with the tier fact that decides its license line ({@link UsageRule#enhanced}). An agent has
 * at most one open presence; a change of tier ends it and starts the next at the same instant, so a window's
 * peak counts every agent once.
 */
@Entity
@Table(name = "agent_presence")
public class AgentPresence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "agent_id", nullable = false)
    private Long agentId;

    @Column(name = "enhanced", nullable = false)
    private boolean enhanced;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected AgentPresence() {
    }

    public static AgentPresence begin(Long agentId, boolean enhanced, Instant at) {
        AgentPresence p = new AgentPresence();
        p.agentId = Objects.requireNonNull(agentId, "agentId");
        p.enhanced = enhanced;
        p.startedAt = Objects.requireNonNull(at, "at");
        return p;
    }

    public void end(Instant at) {
        if (at.isBefore(startedAt)) {
            throw new IllegalArgumentException("a presence cannot end before it began");
        }
        endedAt = at;
    }

    public Long agentId() { return agentId; }
    public boolean enhanced() { return enhanced; }
    public Instant startedAt() { return startedAt; }
    public Instant endedAt() { return endedAt; }
}
