package org.ccadmin.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ccadmin.licensing.domain.AgentPeaks;
import org.ccadmin.licensing.domain.AgentPresence;
import org.ccadmin.licensing.domain.AgentSessionEvent;
import org.ccadmin.licensing.domain.AgentSignIn;
import org.ccadmin.licensing.domain.UsageState;
import org.ccadmin.licensing.domain.UsageWindow;

/**
 * Usage in the database: the ordering row, agent sign-ins and presences, and the usage windows. The peaks are
 * counted by the database: the concurrent presences at the window's start and at every sign-in inside it (a
 * count only rises at a start, so its maximum over a window is at one of those instants).
 */
@ApplicationScoped
public class JpaUsage {

    /** Presences open at each distinct start inside [from, to): all of them and the enhanced ones. */
    private static final String PEAKS_AT_STARTS = """
            select count(p.id), coalesce(sum(case when p.enhanced then 1 else 0 end), 0)
            from (select distinct started_at as t from agent_presence where started_at >= ?1 and started_at < ?2) c
            join agent_presence p on p.started_at <= c.t and (p.ended_at is null or p.ended_at > c.t)
            group by c.t""";

    @PersistenceContext
    private EntityManager em;

    /** The ordering row, locked until the transaction ends. */
    public UsageState lockState() {
        return em.find(UsageState.class, UsageState.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    public UsageState state() {
        return em.find(UsageState.class, UsageState.ID);
    }

    // --- presences and sign-ins

    public Optional<AgentPresence> openPresence(Long agentId) {
        return em.createQuery("select p from AgentPresence p where p.agentId = :a and p.endedAt is null", AgentPresence.class)
                .setParameter("a", agentId).getResultStream().findFirst();
    }

    public long signedInAgents() {
        return em.createQuery("select count(p) from AgentPresence p where p.endedAt is null", Long.class).getSingleResult();
    }

    public List<AgentPresence> openPresences(int offset, int limit) {
        return em.createQuery("select p from AgentPresence p, Agent a where a.id = p.agentId and p.endedAt is null"
                + " order by a.userNameKey", AgentPresence.class).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public List<AgentSignIn> signIns(Long agentId) {
        return em.createQuery("select s from AgentSignIn s where s.agentId = :a order by s.signedInAt, s.mediaRoutingDomainId",
                AgentSignIn.class).setParameter("a", agentId).getResultList();
    }

    public Optional<AgentSignIn> signIn(Long agentId, Long domainId) {
        return Optional.ofNullable(em.find(AgentSignIn.class, new AgentSignIn.Key(agentId, domainId)));
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public Optional<AgentSessionEvent> event(String eventId) {
        return Optional.ofNullable(em.find(AgentSessionEvent.class, eventId));
    }

    /** The agent's latest sign-in or sign-out time, if any. */
    public Optional<Instant> lastEventOf(Long agentId) {
        return Optional.ofNullable(em.createQuery("select max(e.occurredAt) from AgentSessionEvent e where e.agentId = :a",
                Instant.class).setParameter("a", agentId).getSingleResult());
    }

    /** Agents signed in at {@code at} (a presence that starts then counts, one that ends then does not). */
    public AgentPeaks levelAt(Instant at) {
        Object[] row = em.createQuery("select count(p), coalesce(sum(case when p.enhanced = true then 1 else 0 end), 0)"
                + " from AgentPresence p where p.startedAt <= :t and (p.endedAt is null or p.endedAt > :t)", Object[].class)
                .setParameter("t", at).getSingleResult();
        return peaks(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    /** The highest counts at the sign-ins inside [from, to); none when nobody signs in then. */
    public AgentPeaks peakOfStarts(Instant from, Instant to) {
        AgentPeaks peak = AgentPeaks.NONE;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PEAKS_AT_STARTS).setParameter(1, from).setParameter(2, to).getResultList();
        for (Object[] row : rows) {
            peak = peak.max(peaks(((Number) row[0]).intValue(), ((Number) row[1]).intValue()));
        }
        return peak;
    }

    /** The first instant at or after {@code at} when a presence starts or ends, or null. */
    public Instant nextChangeAtOrAfter(Instant at) {
        Instant start = em.createQuery("select min(p.startedAt) from AgentPresence p where p.startedAt >= :t", Instant.class)
                .setParameter("t", at).getSingleResult();
        Instant end = em.createQuery("select min(p.endedAt) from AgentPresence p where p.endedAt >= :t", Instant.class)
                .setParameter("t", at).getSingleResult();
        return start == null ? end : end == null || start.isBefore(end) ? start : end;
    }

    private static AgentPeaks peaks(int all, int enhanced) {
        return new AgentPeaks(all, enhanced, all - enhanced);
    }

    // --- windows

    public void add(UsageWindow window) {
        em.persist(window);
    }

    public void flushAndClear() {
        em.flush();
        em.clear();
    }

    /** The oldest sendable windows not sent yet, at most {@code limit}. */
    public List<UsageWindow> unsent(int limit) {
        List<Instant> starts = em.createQuery("select w.windowStart from UsageWindow w where w.sendable = true"
                + " and w.sentAt is null order by w.windowStart", Instant.class).setMaxResults(limit).getResultList();
        if (starts.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct w from UsageWindow w left join fetch w.lines where w.windowStart in :s"
                + " order by w.windowStart", UsageWindow.class).setParameter("s", starts).getResultList();
    }

    /** Marks every queued window not sendable (the instance was deregistered); returns how many. */
    public int dropQueue() {
        return em.createQuery("update UsageWindow w set w.sendable = false where w.sendable = true and w.sentAt is null")
                .executeUpdate();
    }

    public long unsentCount() {
        return em.createQuery("select count(w) from UsageWindow w where w.sendable = true and w.sentAt is null", Long.class)
                .getSingleResult();
    }

    /** Windows starting in [from, to), oldest first. */
    public List<UsageWindow> between(Instant from, Instant to) {
        return em.createQuery("select distinct w from UsageWindow w left join fetch w.lines where w.windowStart >= :f"
                + " and w.windowStart < :t order by w.windowStart", UsageWindow.class)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    /** The newest window, or none before the first. */
    public Optional<UsageWindow> latest() {
        return em.createQuery("select w from UsageWindow w order by w.windowStart desc", UsageWindow.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The newest window the authority answered. */
    public Optional<UsageWindow> latestAnswered() {
        return em.createQuery("select w from UsageWindow w where w.sentAt is not null order by w.windowStart desc",
                UsageWindow.class).setMaxResults(1).getResultStream().findFirst();
    }
}
