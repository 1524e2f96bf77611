package org.ccadmin.licensing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ccadmin.agents.domain.Agent;
import org.ccadmin.callsettings.domain.MediaRoutingDomain;
import org.ccadmin.callsettings.domain.MediaRoutingDomainType;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.licensing.domain.AgentPresence;
import org.ccadmin.licensing.domain.AgentSessionEvent;
import org.ccadmin.licensing.domain.AgentSignIn;
import org.ccadmin.licensing.domain.DeploymentType;
import org.ccadmin.licensing.domain.Entitlement;
import org.ccadmin.licensing.domain.ProductInstance;
import org.ccadmin.licensing.domain.UsageRule;
import org.ccadmin.licensing.domain.UsageState;
import org.ccadmin.licensing.infrastructure.JpaProductInstances;
import org.ccadmin.licensing.infrastructure.JpaUsage;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.Violations;
import org.ccadmin.sso.application.AgentCredentials;

/**
 * Agent sign-ins and sign-outs, as a telephony or CTI gateway reports them: what the usage windows count.
 * Every event locks the usage ordering row, so events and the window computation take turns cluster-wide: an
 * event never lands in a window already computed, and the concurrent-agent maximum of the deployment type
 * holds. Idempotent per event id: a resend with the same content gets the same answer, other content a 409.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class AgentSessionService {

    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1," + AgentSessionEvent.EVENT_ID_MAX + "}");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private JpaUsage usage;

    @Inject
    private JpaProductInstances instances;

    @Inject
    private Clock clock;

    @Inject
    private AgentCredentials credentials;

    /**
     * Records the event; a sign-in carries the agent's credentials ({@code password} or {@code idToken}, as the
     * single sign-on state demands: {@link AgentCredentials}), which are checked before anything is recorded and
     * never stored (a resend repeats them).
     */
    public AgentSessionView record(String eventId, AgentSessionEvent.Type type, String agentRef, String domainRef,
            String atText, String password, String idToken) {
        Violations v = new Violations();
        if (v.required("eventId", eventId) && !EVENT_ID.matcher(eventId).matches()) {
            v.add("eventId", "invalidInput.eventId", "eventId must be 1 to " + AgentSessionEvent.EVENT_ID_MAX
                    + " letters, digits or . _ : - characters.");
        }
        v.required("type", type);
        if (v.required("agent", blankToNull(agentRef))) {
            v.maxLength("agent", agentRef, AgentSessionEvent.REFERENCE_MAX);
        }
        if (type == AgentSessionEvent.Type.SIGN_IN) {
            v.required("mediaRoutingDomain", blankToNull(domainRef));
        }
        v.maxLength("mediaRoutingDomain", domainRef, 64);
        Instant given = null;
        if (atText != null) {
            try {
                given = Instant.parse(atText.strip());
            } catch (DateTimeParseException e) {
                v.add("at", "invalidInput.instant", "at must be an ISO-8601 instant such as 2026-01-01T09:00:00Z.");
            }
        }
        v.throwIfAny();
        AgentSessionEvent.Content content = new AgentSessionEvent.Content(type, agentRef.strip(),
                blankToNull(domainRef) == null ? null : domainRef.strip(), atText == null ? null : atText.strip());

        if (type == AgentSessionEvent.Type.SIGN_IN) {
            credentials.verify(agent(content.agent()), password, idToken);
        }
        UsageState state = usage.lockState();
        Optional<AgentSessionEvent> seen = usage.event(eventId);
        if (seen.isPresent()) {
            if (!seen.get().content().equals(content)) {
                throw new ConflictException("conflict.eventIdReused", "The event " + eventId
                        + " was already recorded with other content; a resend must repeat it exactly.",
                        List.of(new FieldError("eventId", "conflict.eventIdReused", "Already used for another event.")), List.of());
            }
            return view(seen.get());
        }
        Agent agent = agent(content.agent());
        MediaRoutingDomain domain = content.mediaRoutingDomain() == null ? null : domain(content.mediaRoutingDomain());
        // Microseconds: what both databases store, so a resend's answer is the first one exactly.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant at = given != null ? given.truncatedTo(ChronoUnit.MICROS) : now;
        checkTime(agent, at, now, state);
        if (type == AgentSessionEvent.Type.SIGN_IN) {
            signIn(agent, domain, at);
        } else {
            signOut(agent, domain, at);
        }
        updatePresence(agent, at);
        AgentSessionEvent event = new AgentSessionEvent(eventId, content, agent.id(), domain == null ? null : domain.id(), at, now);
        usage.add(event);
        return view(event);
    }

    /** The agents signed in now, by user name. */
    public Page<SignedInAgentView> signedIn(PageRequest page) {
        ProductInstance p = instances.find().map(s -> s.toDomain()).orElse(null);
        long total = usage.signedInAgents();
        List<SignedInAgentView> items = usage.openPresences(page.offset(), page.size()).stream()
                .map(presence -> signedInView(presence, p)).toList();
        return new Page<>(items, total, page);
    }

    // --- rules

    private void checkTime(Agent agent, Instant at, Instant now, UsageState state) {
        if (at.isAfter(now)) {
            throw org.ccadmin.shared.domain.InvalidInputException.of("at", "invalidInput.future",
                    "at " + at + " is in the future (now is " + now + ").");
        }
        if (state.lastWindowEnd() != null && at.isBefore(state.lastWindowEnd())) {
            throw timeConflict("conflict.windowClosed", "at " + at + " falls in a usage window already computed (until "
                    + state.lastWindowEnd() + "); events must arrive before their window closes.");
        }
        Optional<Instant> last = usage.lastEventOf(agent.id());
        if (last.isPresent() && at.isBefore(last.get())) {
            throw timeConflict("conflict.outOfOrder", "at " + at + " is before the agent's last sign-in or sign-out ("
                    + last.get() + ").");
        }
    }

    private void signIn(Agent agent, MediaRoutingDomain domain, Instant at) {
        if (usage.signIn(agent.id(), domain.id()).isPresent()) {
            throw new ConflictException("conflict.alreadySignedIn", "Agent " + agent.userName()
                    + " is already signed in to " + domain.name() + ".");
        }
        if (usage.openPresence(agent.id()).isEmpty()) {
            DeploymentType deployment = instances.find().map(s -> s.toDomain().deploymentType())
                    .orElse(DeploymentType.UNIFIED_CCE_2000_AGENTS);
            long signedIn = usage.signedInAgents();
            if (signedIn >= deployment.maxConcurrentAgents()) {
                throw new ConflictException("conflict.concurrentAgentLimit", String.format(
                        "Agent %s cannot sign in: %s supports at most %,d signed-in agents and %,d are signed in."
                                + " Sign an agent out first, or choose a larger deployment type.",
                        agent.userName(), deployment.displayText(), deployment.maxConcurrentAgents(), signedIn));
            }
        }
        usage.add(new AgentSignIn(agent.id(), domain.id(), at));
    }

    private void signOut(Agent agent, MediaRoutingDomain domain, Instant at) {
        List<AgentSignIn> current = domain == null ? usage.signIns(agent.id())
                : usage.signIn(agent.id(), domain.id()).map(List::of).orElse(List.of());
        if (current.isEmpty()) {
            throw new ConflictException("conflict.notSignedIn", "Agent " + agent.userName() + " is not signed in"
                    + (domain == null ? "." : " to " + domain.name() + "."));
        }
        current.forEach(usage::remove);
        em.flush();
    }

    /** One open presence per signed-in agent; a change of tier ends it and starts the next at the same instant. */
    private void updatePresence(Agent agent, Instant at) {
        em.flush();
        List<AgentSignIn> signIns = usage.signIns(agent.id());
        boolean nonVoice = signIns.stream().anyMatch(s -> domainById(s.mediaRoutingDomainId()).type() != MediaRoutingDomainType.VOICE);
        boolean enhanced = UsageRule.enhanced(agent.supervisor(), nonVoice);
        Optional<AgentPresence> open = usage.openPresence(agent.id());
        if (open.isPresent() && (signIns.isEmpty() || open.get().enhanced() != enhanced)) {
            open.get().end(at);
        }
        if (!signIns.isEmpty() && (open.isEmpty() || open.get().enhanced() != enhanced)) {
            em.flush();
            usage.add(AgentPresence.begin(agent.id(), enhanced, at));
        }
    }

    // --- references

    private Agent agent(String ref) {
        List<Agent> found = em.createQuery("select a from Agent a where a.agentId = :r", Agent.class)
                .setParameter("r", ref).getResultList();
        if (found.isEmpty()) {
            found = em.createQuery("select a from Agent a where a.userNameKey = :k", Agent.class)
                    .setParameter("k", Names.key(ref)).getResultList();
        }
        if (found.isEmpty()) {
            throw org.ccadmin.shared.domain.InvalidInputException.of("agent", "invalidInput.unknownAgent",
                    "No agent has the agent id or user name '" + ref + "'.");
        }
        return found.get(0);
    }

    private MediaRoutingDomain domain(String ref) {
        MediaRoutingDomain found = null;
        if (ref.chars().allMatch(Character::isDigit) && ref.length() < 19) {
            found = em.find(MediaRoutingDomain.class, Long.valueOf(ref));
        }
        if (found == null) {
            found = em.createQuery("select d from MediaRoutingDomain d where d.nameKey = :k", MediaRoutingDomain.class)
                    .setParameter("k", Names.key(ref)).getResultStream().findFirst().orElse(null);
        }
        if (found == null) {
            throw org.ccadmin.shared.domain.InvalidInputException.of("mediaRoutingDomain", "invalidInput.unknownMediaRoutingDomain",
                    "No media routing domain has the id or name '" + ref + "'.");
        }
        return found;
    }

    private MediaRoutingDomain domainById(Long id) {
        return Objects.requireNonNull(em.find(MediaRoutingDomain.class, id), "media routing domain " + id);
    }

    // --- views

    private AgentSessionView view(AgentSessionEvent e) {
        Agent a = em.find(Agent.class, e.agentId());
        MediaRoutingDomain d = e.mediaRoutingDomainId() == null ? null : em.find(MediaRoutingDomain.class, e.mediaRoutingDomainId());
        return new AgentSessionView(e.eventId(), e.type().name(), a.id(), a.agentId(), a.userName(),
                d == null ? null : d.id(), d == null ? null : d.name(), e.occurredAt(), e.receivedAt());
    }

    private SignedInAgentView signedInView(AgentPresence presence, ProductInstance p) {
        Agent a = em.find(Agent.class, presence.agentId());
        List<SignedInAgentView.Domain> domains = usage.signIns(a.id()).stream().map(s -> {
            MediaRoutingDomain d = domainById(s.mediaRoutingDomainId());
            return new SignedInAgentView.Domain(d.id(), d.name(), d.type().name(), s.signedInAt());
        }).toList();
        Entitlement line = p == null ? null : UsageRule.lineOf(p.effectiveLicenseType(), p.deploymentType(), presence.enhanced());
        return new SignedInAgentView(a.id(), a.agentId(), a.userName(), a.supervisor(), presence.startedAt(), domains,
                presence.enhanced(), line == null ? null : line.name());
    }

    private static ConflictException timeConflict(String code, String message) {
        return new ConflictException(code, message, List.of(new FieldError("at", code, message)), List.of());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
