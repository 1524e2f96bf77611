package org.ccadmin.skills.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.infrastructure.PagedSearch;
import org.ccadmin.skills.domain.Attribute;
import org.ccadmin.skills.domain.AttributeType;
import org.ccadmin.skills.domain.Attributes;

@ApplicationScoped
public class JpaAttributes implements Attributes {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Attribute> find(long id) {
        return Optional.ofNullable(em.find(Attribute.class, id));
    }

    @Override
    public Optional<Attribute> findByName(String name) {
        return em.createQuery("select a from Attribute a where a.nameKey = :key", Attribute.class)
                .setParameter("key", Names.key(name)).getResultStream().findFirst();
    }

    @Override
    public List<Attribute> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Attribute a where a.id in :ids", Attribute.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public boolean nameTaken(String name, Long exceptId) {
        return !em.createQuery("select a.id from Attribute a where a.nameKey = :key and a.id <> :except", Long.class)
                .setParameter("key", Names.key(name)).setParameter("except", exceptId == null ? -1L : exceptId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from Attribute a", Long.class).getSingleResult();
    }

    @Override
    public void add(Attribute attribute) {
        em.persist(attribute);
        em.flush();
    }

    @Override
    public Attribute save(Attribute attribute) {
        em.flush();
        return attribute;
    }

    @Override
    public void remove(Attribute attribute) {
        // Agents' values of it go too (the modelled system deletes them as well): the foreign key cascades in
        // the database, one statement instead of one per agent.
        em.remove(attribute);
        em.flush();
    }

    @Override
    public Page<Attribute> search(AttributeType type, PageRequest page) {
        PagedSearch<Attribute> search = PagedSearch.of(em, Attribute.class).text("name", "description");
        if (type != null) {
            search.filter((cb, r) -> cb.equal(r.get("type"), type));
        }
        return search.page(page);
    }

    @Override
    public Map<Long, Long> holderCounts(Collection<Long> attributeIds) {
        return holderCounts(attributeIds, null);
    }

    @Override
    public Map<Long, Long> holderCounts(Collection<Long> attributeIds, java.util.Set<Long> withinTeams) {
        Map<Long, Long> counts = new HashMap<>();
        if (attributeIds.isEmpty() || withinTeams != null && withinTeams.isEmpty()) {
            return counts;
        }
        var query = em.createQuery("select aa.attribute.id, count(aa) from AgentAttribute aa where aa.attribute.id in :ids "
                + (withinTeams == null ? "" : "and aa.agent.team.id in :teams ") + "group by aa.attribute.id", Object[].class)
                .setParameter("ids", attributeIds);
        if (withinTeams != null) {
            query.setParameter("teams", withinTeams);
        }
        for (Object[] row : query.getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public long holders(long attributeId) {
        return em.createQuery("select count(aa) from AgentAttribute aa where aa.attribute.id = :id", Long.class)
                .setParameter("id", attributeId).getSingleResult();
    }
}
