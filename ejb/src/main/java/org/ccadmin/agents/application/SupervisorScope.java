package org.ccadmin.agents.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import org.ccadmin.agents.domain.TeamScope;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.domain.Names;

/**
 * The one place that decides what the caller may see of agents and teams: an administrator everything, a
 * supervisor (signed in under its agent user name) the teams it supervises, read at every call from the
 * database, so a change of a team's supervisors applies at once on every node. Every service that returns
 * or changes agents or teams asks here; the web layer only hides what the services would refuse anyway.
 */
@Stateless
@PermitAll
public class SupervisorScope {

    @Resource
    private SessionContext session;

    @PersistenceContext
    private EntityManager em;

    public TeamScope current() {
        if (session.isCallerInRole(Role.ADMINISTRATOR)) {
            return TeamScope.unrestricted();
        }
        String caller = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        if (caller == null || !session.isCallerInRole(Role.SUPERVISOR)) {
            return TeamScope.supervising(java.util.Set.of());
        }
        return TeamScope.supervising(new HashSet<>(em.createQuery(
                "select t.id from AgentTeam t join t.supervisors s where s.userNameKey = :key and s.supervisor = true", Long.class)
                .setParameter("key", Names.key(caller)).getResultList()));
    }
}
