package org.ccadmin.agents.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ccadmin.agents.application.AgentViews.AgentRef;
import org.ccadmin.agents.application.AgentViews.TeamView;

/**
 * The fields of the agent team page: name, description, and the member and supervisor lists, saved as
 * complete id sets. The lists hold the agents as the page shows them (user name, agent ID, names).
 */
public class AgentTeamForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long changeStamp;
    private String name;
    private String description;
    private final List<Member> members = new ArrayList<>();
    private final List<Member> supervisors = new ArrayList<>();

    /** An agent in one of the lists. */
    public record Member(long id, String userName, String agentId, String firstName, String lastName) implements Serializable {
        static Member of(AgentRef a) {
            return new Member(a.id(), a.userName(), a.agentId(), a.firstName(), a.lastName());
        }
    }

    public static AgentTeamForm blank() {
        return new AgentTeamForm();
    }

    public static AgentTeamForm of(TeamView v) {
        AgentTeamForm f = new AgentTeamForm();
        f.id = v.id();
        f.changeStamp = v.changeStamp();
        f.name = v.name();
        f.description = v.description();
        v.members().forEach(m -> f.members.add(Member.of(m)));
        v.supervisors().forEach(s -> f.supervisors.add(Member.of(s)));
        return f;
    }

    static Set<Long> ids(List<Member> list) {
        Set<Long> ids = new LinkedHashSet<>();
        list.forEach(m -> ids.add(m.id()));
        return ids;
    }

    String nameText() {
        return name == null ? "" : name;
    }

    String descriptionText() {
        return description == null ? "" : description;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() { return id; }
    public long getChangeStamp() { return changeStamp; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<Member> getMembers() { return members; }
    public List<Member> getSupervisors() { return supervisors; }
}
