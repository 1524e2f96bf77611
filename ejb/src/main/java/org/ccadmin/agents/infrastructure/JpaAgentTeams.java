package org.ccadmin.agents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccadmin.agents.domain.AgentTeam;
import org.ccadmin.agents.domain.AgentTeams;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.infrastructure.PagedSearch;

@ApplicationScoped
public class JpaAgentTeams implements AgentTeams {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<AgentTeam> find(long id) {
        return Optional.ofNullable(em.find(AgentTeam.class, id));
    }

    @Override
    public List<AgentTeam> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from AgentTeam t where t.id in :ids", AgentTeam.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public boolean nameTaken(String name, Long exceptId) {
        return !em.createQuery("select t.id from AgentTeam t where t.nameKey = :key and t.id <> :except", Long.class)
                .setParameter("key", Names.key(name)).setParameter("except", exceptId == null ? -1L : exceptId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(AgentTeam team) {
        em.persist(team);
        em.flush();
    }

    @Override
    public AgentTeam save(AgentTeam team) {
        em.flush();
        return team;
    }

    @Override
    public void newVersion(AgentTeam team) {
        em.lock(team, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public void remove(AgentTeam team) {
        // Members have left the team before (the service does it, through the entities); supervisor links go
        // with the team (foreign key cascade).
        em.remove(team);
        em.flush();
    }

    @Override
    public Page<AgentTeam> search(PageRequest page) {
        return PagedSearch.of(em, AgentTeam.class).text("name", "description").page(page);
    }

    @Override
    public Page<AgentTeam> search(PageRequest page, java.util.Set<Long> within) {
        if (within == null) {
            return search(page);
        }
        return PagedSearch.of(em, AgentTeam.class).text("name", "description")
                .filter((cb, t) -> within.isEmpty() ? cb.disjunction() : t.get("id").in(within)).page(page);
    }

    @Override
    public Map<Long, Long> supervisorCounts(Collection<Long> teamIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (teamIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("select t.id, count(s) from AgentTeam t join t.supervisors s where t.id in :ids group by t.id",
                Object[].class).setParameter("ids", teamIds).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public List<AgentTeam> supervisedBy(long agentId) {
        return em.createQuery("select t from AgentTeam t join t.supervisors s where s.id = :agent order by t.name", AgentTeam.class)
                .setParameter("agent", agentId).getResultList();
    }
}
