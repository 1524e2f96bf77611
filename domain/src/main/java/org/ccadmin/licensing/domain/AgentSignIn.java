package org.ccadmin.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An agent signed in now to one media routing domain. */
@Entity
@Table(name = "agent_sign_in")
@IdClass(AgentSignIn.Key.class)
public class AgentSignIn {

    @Id
    @Column(name = "agent_id")
    private Long agentId;

    @Id
    @Column(name = "media_routing_domain_id")
    private Long mediaRoutingDomainId;

    @Column(name = "signed_in_at", nullable = false)
    private Instant signedInAt;

    protected AgentSignIn() {
    }

    public AgentSignIn(Long agentId, Long mediaRoutingDomainId, Instant signedInAt) {
        this.agentId = Objects.requireNonNull(agentId, "agentId");
        this.mediaRoutingDomainId = Objects.requireNonNull(mediaRoutingDomainId, "mediaRoutingDomainId");
        this.signedInAt = Objects.requireNonNull(signedInAt, "signedInAt");
    }

    public Long agentId() { return agentId; }
    public Long mediaRoutingDomainId() { return mediaRoutingDomainId; }
    public Instant signedInAt() { return signedInAt; }

    /** The composite key (agent, media routing domain). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long agentId;
        private Long mediaRoutingDomainId;

        public Key() {
        }

        public Key(Long agentId, Long mediaRoutingDomainId) {
            this.agentId = agentId;
            this.mediaRoutingDomainId = mediaRoutingDomainId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(agentId, k.agentId)
                    && Objects.equals(mediaRoutingDomainId, k.mediaRoutingDomainId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agentId, mediaRoutingDomainId);
        }
    }
}
