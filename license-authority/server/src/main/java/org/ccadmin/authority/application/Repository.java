package org.ccadmin.authority.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ccadmin.authority.domain.PoolLine;
import org.ccadmin.authority.domain.PoolWindow;
import org.ccadmin.authority.domain.IssuedToken;
import org.ccadmin.authority.domain.NotFoundException;
import org.ccadmin.authority.domain.Purchase;
import org.ccadmin.authority.domain.RegisteredInstance;
import org.ccadmin.authority.domain.SmartAccount;
import org.ccadmin.authority.domain.UsageReport;
import org.ccadmin.authority.domain.VirtualAccount;

/** The authority's queries, on its own persistence unit; runs in the caller's transaction. */
@ApplicationScoped
public class Repository {

    @PersistenceContext(unitName = "authority")
    private EntityManager em;

    public <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public SmartAccount smartAccount(long id) {
        return found(em.find(SmartAccount.class, id), "smart account", id);
    }

    public VirtualAccount virtualAccount(long id) {
        return found(em.find(VirtualAccount.class, id), "virtual account", id);
    }

    public IssuedToken token(long id) {
        return found(em.find(IssuedToken.class, id), "token", id);
    }

    public Purchase purchase(long id) {
        return found(em.find(Purchase.class, id), "purchase", id);
    }

    public RegisteredInstance instance(long id) {
        return found(em.find(RegisteredInstance.class, id), "product instance", id);
    }

    public List<SmartAccount> smartAccounts() {
        return em.createNamedQuery("SmartAccount.all", SmartAccount.class).getResultList();
    }

    public boolean smartAccountNamed(String name) {
        return !em.createNamedQuery("SmartAccount.byNameKey", SmartAccount.class)
                .setParameter("key", SmartAccount.keyOf(name)).getResultList().isEmpty();
    }

    public List<VirtualAccount> virtualAccounts(long smartAccount) {
        return em.createNamedQuery("VirtualAccount.ofAccount", VirtualAccount.class).setParameter("account", smartAccount).getResultList();
    }

    public boolean virtualAccountNamed(long smartAccount, String name) {
        return !em.createNamedQuery("VirtualAccount.byNameKey", VirtualAccount.class).setParameter("account", smartAccount)
                .setParameter("key", VirtualAccount.keyOf(name)).getResultList().isEmpty();
    }

    public List<Purchase> purchases(long virtualAccount) {
        return em.createNamedQuery("Purchase.ofVirtualAccount", Purchase.class).setParameter("virtualAccount", virtualAccount).getResultList();
    }

    public List<IssuedToken> tokens(long virtualAccount) {
        return em.createNamedQuery("IssuedToken.ofVirtualAccount", IssuedToken.class).setParameter("virtualAccount", virtualAccount).getResultList();
    }

    public Optional<IssuedToken> tokenByLookupKey(String key) {
        return em.createNamedQuery("IssuedToken.byLookupKey", IssuedToken.class).setParameter("key", key).getResultStream().findFirst();
    }

    public List<RegisteredInstance> instances(long virtualAccount) {
        return em.createNamedQuery("RegisteredInstance.ofVirtualAccount", RegisteredInstance.class)
                .setParameter("virtualAccount", virtualAccount).getResultList();
    }

    public Optional<RegisteredInstance> instanceById(String instanceId) {
        return em.createNamedQuery("RegisteredInstance.byInstanceId", RegisteredInstance.class)
                .setParameter("instanceId", instanceId).getResultStream().findFirst();
    }

    /**
     * The virtual account, locked until the transaction ends: usage reports of one pool are stored and folded
     * one transaction at a time on any node, so two instances reporting the same window both count.
     */
    public VirtualAccount lockVirtualAccount(long id) {
        return em.createQuery("select v from VirtualAccount v where v.id = :id", VirtualAccount.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    }

    /** What the instance reported for the windows starting in [from, to], in window order. */
    public List<UsageReport> usageReports(long instance, Instant from, Instant to) {
        return em.createNamedQuery("UsageReport.ofInstanceWindows", UsageReport.class).setParameter("instance", instance)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** What the virtual account's instances reported for the windows starting at or after {@code from}. */
    public List<UsageReport> usageReportsSince(long virtualAccount, Instant from) {
        return em.createNamedQuery("UsageReport.ofVirtualAccountSince", UsageReport.class)
                .setParameter("virtualAccount", virtualAccount).setParameter("from", from).getResultList();
    }

    /** The pool windows of every line starting in [from, to]. */
    public List<PoolWindow> poolWindows(long virtualAccount, Instant from, Instant to) {
        return em.createNamedQuery("PoolWindow.between", PoolWindow.class).setParameter("virtualAccount", virtualAccount)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** The line's windows starting at or after {@code from}, in order: what a refold from there recomputes. */
    public List<PoolWindow> poolWindowsFrom(long virtualAccount, PoolLine line, Instant from) {
        return ofLine("PoolWindow.from", virtualAccount, line, from).getResultList();
    }

    /** The line's last window before {@code windowStart}, whose state a refold from there starts with. */
    public Optional<PoolWindow> poolWindowBefore(long virtualAccount, PoolLine line, Instant windowStart) {
        return ofLine("PoolWindow.before", virtualAccount, line, windowStart).setMaxResults(1).getResultStream().findFirst();
    }

    /** The line's newest windows first, at most {@code max}. */
    public List<PoolWindow> latestPoolWindows(long virtualAccount, PoolLine line, int max) {
        return ofLine("PoolWindow.newestOfLine", virtualAccount, line, null).setMaxResults(max).getResultList();
    }

    /** The newest window of each line of the virtual account: the pool's current state. */
    public List<PoolWindow> currentPoolWindows(long virtualAccount) {
        // Per line, the newest window through the unique index: the correlated max() subquery took tens of
        // seconds on H2 once a pool held months of windows.
        List<Object[]> lines = em.createQuery("select distinct w.entitlement, w.licenseType, w.usageMode from PoolWindow w"
                + " where w.virtualAccount.id = :virtualAccount", Object[].class)
                .setParameter("virtualAccount", virtualAccount).getResultList();
        List<PoolWindow> current = new java.util.ArrayList<>();
        for (Object[] l : lines) {
            latestPoolWindows(virtualAccount, new PoolLine((org.ccadmin.authority.domain.Entitlement) l[0],
                    (org.ccadmin.authority.domain.LicenseType) l[1], (org.ccadmin.authority.domain.UsageMode) l[2]), 1)
                    .forEach(current::add);
        }
        return current;
    }

    private TypedQuery<PoolWindow> ofLine(String query, long virtualAccount, PoolLine line, Instant windowStart) {
        TypedQuery<PoolWindow> q = em.createNamedQuery(query, PoolWindow.class).setParameter("virtualAccount", virtualAccount)
                .setParameter("entitlement", line.entitlement()).setParameter("licenseType", line.licenseType())
                .setParameter("usageMode", line.usageMode());
        return windowStart == null ? q : q.setParameter("windowStart", windowStart);
    }

    private static <T> T found(T entity, String what, long id) {
        if (entity == null) {
            throw new NotFoundException(what, id);
        }
        return entity;
    }
}
