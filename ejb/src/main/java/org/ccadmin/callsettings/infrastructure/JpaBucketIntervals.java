package org.ccadmin.callsettings.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ccadmin.callsettings.domain.BucketInterval;
import org.ccadmin.callsettings.domain.BucketIntervals;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.infrastructure.PagedSearch;

@ApplicationScoped
public class JpaBucketIntervals implements BucketIntervals {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<BucketInterval> find(long id) {
        return Optional.ofNullable(em.find(BucketInterval.class, id));
    }

    @Override
    public boolean nameTaken(String name, Long exceptId) {
        return !em.createQuery("select b.id from BucketInterval b where b.nameKey = :key and b.id <> :except", Long.class)
                .setParameter("key", Names.key(name))
                .setParameter("except", exceptId == null ? -1L : exceptId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public long count() {
        return em.createQuery("select count(b) from BucketInterval b", Long.class).getSingleResult();
    }

    @Override
    public void add(BucketInterval interval) {
        em.persist(interval);
        em.flush();
    }

    @Override
    public BucketInterval save(BucketInterval interval) {
        em.flush();
        return interval;
    }

    @Override
    public void remove(BucketInterval interval) {
        em.remove(interval);
        em.flush();
    }

    @Override
    public Page<BucketInterval> search(PageRequest page) {
        return PagedSearch.of(em, BucketInterval.class).text("name", "description").page(page);
    }
}
