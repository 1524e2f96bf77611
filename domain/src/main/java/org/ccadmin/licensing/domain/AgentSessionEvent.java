package org.ccadmin.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in or sign-out as a gateway sent it, kept so that a resend with the same event id gets the same answer
 * (and one with other content is refused). The references are kept as given; the ids as resolved.
 */
@Entity
@Table(name = "agent_session_event")
public class AgentSessionEvent {

    public static final int EVENT_ID_MAX = 64;
    public static final int REFERENCE_MAX = 255;

    /** What the event says. */
    public enum Type { SIGN_IN, SIGN_OUT }

    /** The request as sent: what a resend must repeat exactly. */
    public record Content(Type type, String agent, String mediaRoutingDomain, String at) {
    }

    @Id
    @Column(name = "event_id", length = EVENT_ID_MAX)
    private String eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 16)
    private Type type;

    @Column(name = "agent_ref", nullable = false, length = REFERENCE_MAX) private String agentRef;
    @Column(name = "media_routing_domain_ref", length = 64) private String mediaRoutingDomainRef;
    @Column(name = "at_given", length = 64) private String atGiven;
    @Column(name = "agent_id", nullable = false) private Long agentId;
    @Column(name = "media_routing_domain_id") private Long mediaRoutingDomainId;
    @Column(name = "occurred_at", nullable = false) private Instant occurredAt;
    @Column(name = "received_at", nullable = false) private Instant receivedAt;

    protected AgentSessionEvent() {
    }

    public AgentSessionEvent(String eventId, Content content, Long agentId, Long mediaRoutingDomainId,
            Instant occurredAt, Instant receivedAt) {
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.type = content.type();
        this.agentRef = content.agent();
        this.mediaRoutingDomainRef = content.mediaRoutingDomain();
        this.atGiven = content.at();
        this.agentId = agentId;
        this.mediaRoutingDomainId = mediaRoutingDomainId;
        this.occurredAt = occurredAt;
        this.receivedAt = receivedAt;
    }

    public Content content() {
        return new Content(type, agentRef, mediaRoutingDomainRef, atGiven);
    }

    public String eventId() { return eventId; }
    public Type type() { return type; }
    public Long agentId() { return agentId; }
    public Long mediaRoutingDomainId() { return mediaRoutingDomainId; }
    public Instant occurredAt() { return occurredAt; }
    public Instant receivedAt() { return receivedAt; }
}
