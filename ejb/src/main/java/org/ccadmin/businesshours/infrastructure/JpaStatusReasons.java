package org.ccadmin.businesshours.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ccadmin.businesshours.domain.StatusReason;
import org.ccadmin.businesshours.domain.StatusReasons;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.infrastructure.PagedSearch;

@ApplicationScoped
public class JpaStatusReasons implements StatusReasons {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<StatusReason> find(long id) {
        return Optional.ofNullable(em.find(StatusReason.class, id));
    }

    @Override
    public Optional<StatusReason> byCode(int code) {
        return em.createQuery("select r from StatusReason r where r.code = :code", StatusReason.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public List<StatusReason> byCodes(Collection<Integer> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from StatusReason r where r.code in :codes", StatusReason.class).setParameter("codes", codes)
                .getResultList();
    }

    @Override
    public void add(StatusReason reason) {
        em.persist(reason);
        em.flush();
    }

    @Override
    public StatusReason save(StatusReason reason) {
        em.flush();
        return reason;
    }

    @Override
    public void remove(StatusReason reason) {
        em.remove(reason);
        em.flush();
    }

    @Override
    public Page<StatusReason> search(PageRequest page) {
        return PagedSearch.of(em, StatusReason.class).text("text").page(page);
    }
}
