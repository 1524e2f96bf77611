package org.ccadmin.agents.application;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ccadmin.agents.domain.Agent;
import org.ccadmin.agents.domain.AgentAttribute;
import org.ccadmin.agents.domain.AgentTeam;

/** The shapes in which agents and teams leave the services. Passwords never appear in any of them. */
public final class AgentViews {

    private AgentViews() {
    }

    /** A reference to another item: its id and name. */
    public record Ref(long id, String name) {
    }

    /** A reference to an agent, with what identifies it to people. */
    public record AgentRef(long id, String agentId, String userName, String firstName, String lastName) {
        static AgentRef of(Agent a) {
            return new AgentRef(a.id(), a.agentId(), a.userName(), a.firstName(), a.lastName());
        }
    }

    /** One attribute value an agent holds. */
    public record AttributeValue(long attributeId, String name, String type, Object value) {
        static AttributeValue of(AgentAttribute aa) {
            return new AttributeValue(aa.attribute().id(), aa.attribute().name(),
                    aa.attribute().type().name().toLowerCase(Locale.ROOT), aa.presentedValue());
        }
    }

    /** A row of the agent list (no attribute values: a list never loads them). */
    public record AgentSummary(long id, String agentId, String userName, String firstName, String lastName,
            String description, boolean supervisor, boolean loginEnabled, Ref team, long changeStamp) {
        public static AgentSummary of(Agent a) {
            return new AgentSummary(a.id(), a.agentId(), a.userName(), a.firstName(), a.lastName(), a.description(),
                    a.supervisor(), a.loginEnabled(), a.team() == null ? null : new Ref(a.team().id(), a.team().name()),
                    a.changeStamp());
        }
    }

    /** One agent in full. {@code passwordSet} says whether a password is stored; the password never leaves. */
    public record AgentView(long id, String agentId, String userName, String firstName, String lastName,
            String description, boolean loginEnabled, boolean ssoEnabled, boolean agentStateTrace, boolean supervisor,
            boolean passwordSet, Ref team, List<AttributeValue> attributes, List<Ref> supervisedTeams, long changeStamp) {
        public static AgentView of(Agent a, List<AgentTeam> supervised) {
            return new AgentView(a.id(), a.agentId(), a.userName(), a.firstName(), a.lastName(), a.description(),
                    a.loginEnabled(), a.ssoEnabled(), a.agentStateTrace(), a.supervisor(), a.hasPassword(),
                    a.team() == null ? null : new Ref(a.team().id(), a.team().name()),
                    a.attributes().stream().sorted(Comparator.comparing(x -> x.attribute().name())).map(AttributeValue::of).toList(),
                    supervised.stream().map(t -> new Ref(t.id(), t.name())).toList(), a.changeStamp());
        }
    }

    /** A row of the team list. */
    public record TeamSummary(long id, String name, String description, long memberCount, long supervisorCount, long changeStamp) {
    }

    /** One team with its members and supervisors. */
    public record TeamView(long id, String name, String description, List<AgentRef> members, List<AgentRef> supervisors,
            long changeStamp) {
        public static TeamView of(AgentTeam t, List<Agent> members) {
            return new TeamView(t.id(), t.name(), t.description(), members.stream().map(AgentRef::of).toList(),
                    t.supervisors().stream().sorted(Comparator.comparing(Agent::userName)).map(AgentRef::of).toList(),
                    t.changeStamp());
        }
    }
}
