package org.ccadmin.businesshours.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ccadmin.businesshours.domain.BusinessHour;
import org.ccadmin.businesshours.domain.BusinessHours;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.infrastructure.PagedSearch;

@ApplicationScoped
public class JpaBusinessHours implements BusinessHours {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<BusinessHour> find(long id) {
        return Optional.ofNullable(em.find(BusinessHour.class, id));
    }

    @Override
    public boolean nameTaken(String name, Long exceptId) {
        return !em.createQuery("select b.id from BusinessHour b where b.nameKey = :key and b.id <> :except", Long.class)
                .setParameter("key", Names.key(name)).setParameter("except", exceptId == null ? -1L : exceptId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public long count() {
        return em.createQuery("select count(b) from BusinessHour b", Long.class).getSingleResult();
    }

    @Override
    public void add(BusinessHour hour) {
        em.persist(hour);
        em.flush();
    }

    @Override
    public BusinessHour save(BusinessHour hour) {
        em.flush();
        return hour;
    }

    @Override
    public void remove(BusinessHour hour) {
        em.remove(hour);
        em.flush();
    }

    @Override
    public Page<BusinessHour> search(PageRequest page) {
        return PagedSearch.of(em, BusinessHour.class).text("name", "description").page(page);
    }

    @Override
    public List<BusinessHour> usingReason(int code) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from business_hour where status_reason_code = ?1 union "
                + "select business_hour_id from business_hour_special_day where reason_code = ?1").setParameter(1, code).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select b from BusinessHour b where b.id in :ids order by b.name", BusinessHour.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList();
    }

    @Override
    public List<BusinessHour> all() {
        return em.createQuery("select b from BusinessHour b order by b.id", BusinessHour.class).getResultList();
    }
}
