package org.ccadmin.callsettings.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ccadmin.callsettings.domain.MediaRoutingDomain;
import org.ccadmin.callsettings.domain.MediaRoutingDomainType;
import org.ccadmin.callsettings.domain.MediaRoutingDomains;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.infrastructure.PagedSearch;

@ApplicationScoped
public class JpaMediaRoutingDomains implements MediaRoutingDomains {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<MediaRoutingDomain> find(long id) {
        return Optional.ofNullable(em.find(MediaRoutingDomain.class, id));
    }

    @Override
    public boolean nameTaken(String name, Long exceptId) {
        return !em.createQuery("select m.id from MediaRoutingDomain m where m.nameKey = :key and m.id <> :except", Long.class)
                .setParameter("key", Names.key(name))
                .setParameter("except", exceptId == null ? -1L : exceptId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public long count() {
        return em.createQuery("select count(m) from MediaRoutingDomain m", Long.class).getSingleResult();
    }

    @Override
    public void add(MediaRoutingDomain domain) {
        em.persist(domain);
        em.flush();
    }

    @Override
    public MediaRoutingDomain save(MediaRoutingDomain domain) {
        em.flush();
        return domain;
    }

    @Override
    public void remove(MediaRoutingDomain domain) {
        em.remove(domain);
        em.flush();
    }

    @Override
    public Page<MediaRoutingDomain> search(MediaRoutingDomainType type, PageRequest page) {
        PagedSearch<MediaRoutingDomain> search = PagedSearch.of(em, MediaRoutingDomain.class).text("name", "description");
        if (type != null) {
            search.filter((cb, r) -> cb.equal(r.get("type"), type));
        }
        return search.page(page);
    }
}
