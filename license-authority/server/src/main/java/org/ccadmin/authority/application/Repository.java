package org.ccadmin.authority.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ccadmin.authority.domain.IssuedToken;
import org.ccadmin.authority.domain.NotFoundException;
import org.ccadmin.authority.domain.Purchase;
import org.ccadmin.authority.domain.RegisteredInstance;
import org.ccadmin.authority.domain.SmartAccount;
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

    private static <T> T found(T entity, String what, long id) {
        if (entity == null) {
            throw new NotFoundException(what, id);
        }
        return entity;
    }
}
