package org.ccadmin.agents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.Auditable;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Violations;

/**
 * An agent team: up to {@value #MAX_MEMBERS} member agents (an agent is member of at most one team; the
 * link is {@link Agent#team()}) and up to {@value #MAX_SUPERVISORS} supervisors, agents with the supervisor
 * flag. A supervisor may also be a member. The supervisor link is what later lets a supervisor see only
 * the agents of the teams they supervise.
 */
@Entity
@Table(name = "agent_team")
public class AgentTeam implements Auditable {

    public static final String RESOURCE = "agent team";
    public static final int MAX_MEMBERS = 50;
    public static final int MAX_SUPERVISORS = 20;
    public static final Set<String> SORTABLE = Set.of("name", "description", "id");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 32)
    private String name;

    @Column(name = "name_key", nullable = false, length = 32)
    private String nameKey;

    @Column(name = "description", length = 255)
    private String description;

    @ManyToMany
    @JoinTable(name = "agent_team_supervisor", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "agent_id"))
    private Set<Agent> supervisors = new LinkedHashSet<>();

    @Version
    @Column(name = "change_stamp", nullable = false)
    private long changeStamp;

    protected AgentTeam() {
    }

    public static AgentTeam create(String name, String description) {
        Violations v = new Violations();
        Names.checkName(v, "name", name);
        Names.checkDescription(v, "description", description);
        v.throwIfAny();
        AgentTeam t = new AgentTeam();
        t.name = name;
        t.nameKey = Names.key(name);
        t.description = Names.normalizeDescription(description);
        return t;
    }

    public void revise(String newName, String newDescription) {
        Violations v = new Violations();
        String effective = newName != null ? newName : name;
        Names.checkName(v, "name", effective);
        Names.checkDescription(v, "description", newDescription);
        v.throwIfAny();
        name = effective;
        nameKey = Names.key(effective);
        if (newDescription != null) {
            description = Names.normalizeDescription(newDescription);
        }
    }

    /** Refuses a member beyond the limit, naming the team and the agent that did not fit. */
    void checkRoomForMember(long currentMembers, String agentUserName) {
        if (currentMembers >= MAX_MEMBERS) {
            throw new ConflictException("limitExceeded.agentsPerTeam", "Team '" + name + "' already has " + MAX_MEMBERS
                    + " members; agent '" + agentUserName + "' cannot join it.");
        }
    }

    /** Replaces the supervisors; each must carry the supervisor flag. */
    public void replaceSupervisors(Set<Agent> newSupervisors) {
        if (newSupervisors.size() > MAX_SUPERVISORS) {
            throw InvalidInputException.of("supervisorIds", "limitExceeded.supervisorsPerTeam",
                    "A team has at most " + MAX_SUPERVISORS + " supervisors.");
        }
        String notSupervisors = newSupervisors.stream().filter(a -> !a.supervisor()).map(Agent::userName).sorted()
                .collect(Collectors.joining(", "));
        if (!notSupervisors.isEmpty()) {
            throw InvalidInputException.of("supervisorIds", "invalidInput.notASupervisor",
                    "Only agents marked as supervisors can supervise a team: " + notSupervisors + ".");
        }
        supervisors.clear();
        supervisors.addAll(newSupervisors);
    }

    public void removeSupervisor(Agent agent) {
        supervisors.removeIf(a -> a.id().equals(agent.id()));
    }

    @Override
    public String auditType() {
        return "agentTeam";
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public String auditName() {
        return name;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("description", description);
        s.put("supervisors", supervisors.stream().map(Agent::userName).sorted().toList());
        return s;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String description() { return description; }
    public Set<Agent> supervisors() { return Set.copyOf(supervisors); }
    public long changeStamp() { return changeStamp; }
}
