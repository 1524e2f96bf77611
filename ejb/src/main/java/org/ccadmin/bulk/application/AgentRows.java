package org.ccadmin.bulk.application;

import org.ccadmin.shared.infrastructure.CreationGate;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccadmin.agents.domain.Agent;
import org.ccadmin.agents.domain.AgentTeam;
import org.ccadmin.agents.domain.Agents;
import org.ccadmin.bulk.domain.AgentRow;
import org.ccadmin.bulk.domain.AgentRow.Operation;
import org.ccadmin.bulk.domain.BulkJobRow;
import org.ccadmin.bulk.domain.ChunkLookups;
import org.ccadmin.bulk.domain.ContentFile;
import org.ccadmin.bulk.domain.RowOutcome;
import org.ccadmin.bulk.domain.RowResult;
import org.ccadmin.shared.application.ChangeLog;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.skills.domain.Attribute;
import org.ccadmin.skills.domain.AttributeDraft;
import org.ccadmin.skills.domain.AttributeType;
import org.ccadmin.skills.domain.Attributes;
import org.ccadmin.skills.application.QueueLimitCheck;

/**
 * Applies the rows of one chunk of an agent content file, in the caller's transaction. Every value goes
 * through the agents' and teams' own rules ({@link Agent#create}, {@link Agent#revise}, {@link Agent#joinTeam},
 * {@link AgentTeam#create}, {@link Attribute#create}, …) and every creation through the licensing admission,
 * exactly as a REST or console request; only the look-ups are made for the whole chunk at once. A refused row
 * changes nothing: it is checked before anything is written, and an agent refused half-way is detached so that
 * none of its changes reach the database.
 */
@Dependent
public class AgentRows {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CreationGate gate;

    @Inject
    private ChunkLookups lookups;

    @Inject
    private Agents agents;

    @Inject
    private Attributes attributes;

    @Inject
    private ChangeLog changes;

    @Inject
    private AdmissionGate admission;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private QueueLimitCheck queueLimit;

    private QueueLimitCheck.Chunk queueChunk;

    private String actor;
    private boolean dryRun;
    private Map<String, Agent> byUser;
    private Map<String, AgentTeam> teamsByName;
    private Map<String, Attribute> attributesByName;
    private Map<Long, List<AgentTeam>> supervised;
    private final Map<Long, Long> memberCounts = new HashMap<>();
    private Set<String> takenIds;
    private long agentCount;
    private Optional<String> refusal;
    private final java.util.Deque<String> freeIds = new java.util.ArrayDeque<>();
    private int teamsCreated;
    private int attributesCreated;

    /** The results in the rows' order; {@link #teamsCreated()} and {@link #attributesCreated()} count the side effects. */
    public List<RowResult> apply(long jobId, List<BulkJobRow> rows, String actor, boolean dryRun) {
        this.actor = actor;
        this.dryRun = dryRun;
        this.queueChunk = queueLimit.chunk();
        Map<BulkJobRow, Object> parsed = new LinkedHashMap<>();
        for (BulkJobRow row : rows) {
            try {
                parsed.put(row, AgentRow.parse(ContentFile.cells(row.content()), "Bulk job " + jobId));
            } catch (InvalidInputException e) {
                parsed.put(row, RowResult.failed(BulkMessages.of(e)));
            }
        }
        List<AgentRow> valid = parsed.values().stream().filter(AgentRow.class::isInstance).map(AgentRow.class::cast).toList();
        // Hashing first: it is slow (PBKDF2) and must not run while prefetch holds the agents' creation gate.
        Map<BulkJobRow, String> hashes = hashing.hash(passwords(parsed));
        prefetch(valid);
        List<RowResult> results = new ArrayList<>();
        for (var e : parsed.entrySet()) {
            if (e.getValue() instanceof RowResult refused) {
                results.add(refused);
                continue;
            }
            AgentRow row = (AgentRow) e.getValue();
            try {
                results.add(switch (row.operation()) {
                    case CREATE -> create(row, hashes.get(e.getKey()));
                    case UPDATE -> update(row, hashes.get(e.getKey()));
                    case DELETE -> delete(row);
                });
            } catch (DomainException refused) {
                results.add(RowResult.failed(BulkMessages.of(refused)));
            }
        }
        queueChunk.finish();
        return results;
    }

    public int teamsCreated() {
        return teamsCreated;
    }

    public int attributesCreated() {
        return attributesCreated;
    }

    private void prefetch(List<AgentRow> rows) {
        byUser = new HashMap<>(lookups.agentsByUserName(rows.stream().map(r -> Names.key(r.userName())).toList()));
        Set<String> teamNames = new HashSet<>();
        Set<String> attributeNames = new HashSet<>();
        for (AgentRow r : rows) {
            if (r.team().given() && !r.team().cleared()) {
                teamNames.add(Names.key(r.team().value()));
            }
            if (r.supervisorTeams().given() && !r.supervisorTeams().cleared()) {
                r.supervisorTeams().value().forEach(t -> teamNames.add(Names.key(t)));
            }
            if (r.attributes().given() && !r.attributes().cleared()) {
                r.attributes().value().keySet().forEach(a -> attributeNames.add(Names.key(a)));
            }
        }
        teamsByName = new HashMap<>(lookups.teamsByName(teamNames));
        attributesByName = new HashMap<>(lookups.attributesByName(attributeNames));
        supervised = new HashMap<>(lookups.supervisedTeams(byUser.values().stream().map(Agent::id).toList()));
        takenIds = new HashSet<>(lookups.takenAgentIds(rows.stream().map(AgentRow::agentId).filter(Objects::nonNull).toList()));
        int creations = (int) rows.stream().filter(r -> r.operation() == Operation.CREATE
                && !byUser.containsKey(Names.key(r.userName()))).count();
        if (creations > 0 && !dryRun) {
            gate.enter(Agent.RESOURCE); // held for the chunk: its count below stays true while the chunk creates
        }
        agentCount = agents.count();
        reserveAgentIds((int) rows.stream().filter(r -> r.operation() == Operation.CREATE && r.agentId() == null).count());
        refusal = creations == 0 ? Optional.empty() : admission.admit(creations);
    }

    private static Map<BulkJobRow, char[]> passwords(Map<BulkJobRow, Object> parsed) {
        Map<BulkJobRow, char[]> passwords = new HashMap<>();
        parsed.forEach((row, p) -> {
            if (p instanceof AgentRow r && r.draft() != null && r.draft().password() != null && r.draft().password().length > 0) {
                passwords.put(row, r.draft().password());
            }
        });
        return passwords;
    }

    private RowResult create(AgentRow row, String hash) {
        String key = Names.key(row.userName());
        if (byUser.containsKey(key)) {
            throw BulkMessages.duplicate("userName", "An agent with userName '" + row.userName() + "' already exists (ignoring case).");
        }
        if (row.agentId() != null && takenIds.contains(row.agentId())) {
            throw BulkMessages.duplicate("agentId", "An agent with agentId " + row.agentId() + " already exists.");
        }
        if (refusal.isPresent()) {
            throw new ConflictException("conflict.admission", refusal.get());
        }
        if (agentCount >= Agent.MAX_PER_SYSTEM) {
            throw ConflictException.limitReached(Agent.RESOURCE, Agent.MAX_PER_SYSTEM);
        }
        Agent agent = Agent.create(row.draft(), row.agentId() == null ? freeAgentId() : null, hash);
        List<String> notes = new ArrayList<>();
        Links links = links(row, agent.supervisor(), notes);
        if (links.attributes != null) {
            agent.replaceAttributes(links.attributes);
        }
        if (links.team != null) {
            agent.joinTeam(links.team, members(links.team));
        }
        queueChunk.agentChanged(agent.userName(), Map.of(), agent.heldValues());
        em.persist(agent);
        joined(links.team, null);
        supervise(agent, links.supervisorTeams);
        changes.created(agent, actor);
        byUser.put(key, agent);
        takenIds.add(agent.agentId());
        agentCount++;
        return new RowResult(RowOutcome.CREATED, dryRun ? "Would create agent " + agent.userName() + " (agentId "
                + agent.agentId() + ")" : "Created /api/v1/agents/" + agent.id(), notes);
    }

    private RowResult update(AgentRow row, String hash) {
        String key = Names.key(row.userName());
        Agent agent = existing(row);
        List<AgentTeam> supervising = supervised.getOrDefault(agent.id(), List.of());
        boolean keepsSupervising = !supervising.isEmpty() && !(row.supervisorTeams().given()
                && (row.supervisorTeams().cleared() || row.supervisorTeams().value().isEmpty()));
        if (Boolean.FALSE.equals(row.draft().supervisor()) && keepsSupervising) {
            throw new ConflictException("conflict.stillSupervising", "supervisor: Agent '" + agent.userName() + "' supervises "
                    + supervising.stream().map(AgentTeam::name).collect(Collectors.joining(", "))
                    + "; remove it from those teams' supervisors before clearing its supervisor flag.");
        }
        Map<String, Object> before = agent.auditState();
        AgentTeam oldTeam = agent.team();
        Map<String, Integer> held = agent.heldValues();
        List<String> notes = new ArrayList<>();
        try {
            agent.revise(row.draft(), hash);
            Links links = links(row, agent.supervisor(), notes);
            if (links.attributes != null) {
                agent.replaceAttributes(links.attributes);
                queueChunk.agentChanged(agent.userName(), held, agent.heldValues());
            }
            if (row.team().cleared()) {
                agent.leaveTeam();
            } else if (links.team != null) {
                agent.joinTeam(links.team, members(links.team));
            }
            joined(agent.team(), oldTeam);
            if (row.supervisorTeams().given()) {
                for (AgentTeam t : supervising) {
                    if (links.supervisorTeams.stream().noneMatch(n -> n.id() != null && n.id().equals(t.id()))) {
                        t.removeSupervisor(agent);
                    }
                }
                supervise(agent, links.supervisorTeams);
            }
        } catch (DomainException refused) {
            // Nothing of this row may reach the database: forget the agent's pending changes.
            em.detach(agent);
            byUser.remove(key);
            throw refused;
        }
        if (!Objects.equals(before.get("attributes"), agent.auditState().get("attributes"))) {
            em.lock(agent, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        changes.updated(agent, before, actor);
        return new RowResult(RowOutcome.UPDATED, (dryRun ? "Would update /api/v1/agents/" : "Updated /api/v1/agents/") + agent.id(),
                notes);
    }

    private RowResult delete(AgentRow row) {
        Agent agent = existing(row);
        for (AgentTeam t : supervised.getOrDefault(agent.id(), List.of())) {
            t.removeSupervisor(agent);
        }
        joined(null, agent.team());
        queueChunk.agentChanged(agent.userName(), agent.heldValues(), Map.of());
        changes.deleted(agent, actor);
        em.remove(agent);
        byUser.remove(Names.key(row.userName()));
        return new RowResult(RowOutcome.DELETED, (dryRun ? "Would delete /api/v1/agents/" : "Deleted /api/v1/agents/") + agent.id(),
                List.of());
    }

    private Agent existing(AgentRow row) {
        Agent agent = byUser.get(Names.key(row.userName()));
        if (agent == null) {
            throw InvalidInputException.of("userName", "invalidInput.unknownAgent", "The specified agent userName does not exist: "
                    + row.userName() + ".");
        }
        if (row.agentId() != null && !row.agentId().equals(agent.agentId())) {
            throw InvalidInputException.of("agentId", "invalidInput.agentIdMismatch", "Agent '" + agent.userName() + "' has agentId "
                    + agent.agentId() + ", not " + row.agentId() + " (agentId cannot change).");
        }
        return agent;
    }

    /** The team, attribute values and supervised teams a row names; missing ones are created (noted) once all are valid. */
    private Links links(AgentRow row, boolean supervisor, List<String> notes) {
        Links links = new Links();
        Map<String, Object> missingTypes = new LinkedHashMap<>();
        if (row.attributes().given()) {
            Map<String, String> pairs = row.attributes().cleared() ? Map.of() : row.attributes().value();
            for (var p : pairs.entrySet()) {
                Attribute a = attributesByName.get(Names.key(p.getKey()));
                if (a == null) {
                    missingTypes.put(p.getKey(), impliedType(p.getKey(), p.getValue()));
                } else if (!p.getValue().isEmpty()) {
                    a.value("attributes", p.getValue());
                }
            }
        }
        Set<String> supervisedNames = row.supervisorTeams().given() && !row.supervisorTeams().cleared()
                ? row.supervisorTeams().value() : Set.of();
        if (!supervisedNames.isEmpty() && !supervisor) {
            throw InvalidInputException.of("supervisorTeams", "invalidInput.notASupervisor", "Only agents marked as supervisors "
                    + "can supervise a team; set supervisor to true.");
        }
        String teamName = row.team().given() && !row.team().cleared() ? row.team().value() : null;
        Set<String> teamNames = new LinkedHashSet<>();
        if (teamName != null) {
            teamNames.add(teamName);
        }
        teamNames.addAll(supervisedNames);
        for (String name : teamNames) {
            if (!teamsByName.containsKey(Names.key(name))) {
                AgentTeam.create(name, null);
            }
        }
        // Everything the row names is valid: now create what is missing.
        missingTypes.forEach((name, type) -> createAttribute(name, (AttributeType) type, notes));
        teamNames.forEach(name -> team(name, notes));
        if (row.attributes().given()) {
            Map<Attribute, Object> values = new LinkedHashMap<>();
            Map<String, String> pairs = row.attributes().cleared() ? Map.of() : row.attributes().value();
            pairs.forEach((name, value) -> {
                Attribute a = attributesByName.get(Names.key(name));
                values.put(a, value.isEmpty() ? a.presentDefault() : value);
            });
            links.attributes = values;
        }
        links.team = teamName == null ? null : teamsByName.get(Names.key(teamName));
        links.supervisorTeams = supervisedNames.stream().map(n -> teamsByName.get(Names.key(n))).toList();
        return links;
    }

    private static AttributeType impliedType(String name, String value) {
        if (value.matches("(?i)true|false")) {
            return AttributeType.BOOLEAN;
        }
        if (value.matches("\\d{1,2}")) {
            return AttributeType.PROFICIENCY;
        }
        throw InvalidInputException.of("attributes", "invalidInput.unknownAttribute", "No attribute named '" + name
                + "' exists; give it a value (true/false or 1 to 10) so that it can be created.");
    }

    private void createAttribute(String name, AttributeType type, List<String> notes) {
        if (attributes.nameTaken(name, null)) {
            throw ConflictException.duplicateName(Attribute.RESOURCE, name);
        }
        gate.enter(Attribute.RESOURCE);
        if (attributes.count() >= Attribute.MAX_PER_SYSTEM) {
            throw ConflictException.limitReached(Attribute.RESOURCE, Attribute.MAX_PER_SYSTEM);
        }
        Attribute a = Attribute.create(new AttributeDraft(name, null, type, null));
        attributes.add(a);
        changes.created(a, actor);
        attributesByName.put(Names.key(name), a);
        attributesCreated++;
        notes.add((dryRun ? "Would create attribute " + name : "Created /api/v1/attributes/" + a.id()) + " ("
                + type.name().toLowerCase(java.util.Locale.ROOT) + " attribute " + name + ")");
    }

    private AgentTeam team(String name, List<String> notes) {
        AgentTeam t = teamsByName.get(Names.key(name));
        if (t != null) {
            return t;
        }
        t = AgentTeam.create(name, null);
        em.persist(t);
        changes.created(t, actor);
        teamsByName.put(Names.key(name), t);
        memberCounts.put(t.id(), 0L);
        teamsCreated++;
        notes.add((dryRun ? "Would create agent team " + name : "Created /api/v1/agent-teams/" + t.id()) + " (agent team " + name + ")");
        return t;
    }

    private void supervise(Agent agent, List<AgentTeam> teams) {
        for (AgentTeam t : teams) {
            if (t.supervisors().stream().noneMatch(s -> s == agent || s.id() != null && s.id().equals(agent.id()))) {
                Set<Agent> all = new LinkedHashSet<>(t.supervisors());
                all.add(agent);
                t.replaceSupervisors(all);
            }
        }
        if (!teams.isEmpty()) {
            supervised.put(agent.id(), new ArrayList<>(teams));
        } else {
            supervised.remove(agent.id());
        }
    }

    private long members(AgentTeam team) {
        return memberCounts.computeIfAbsent(team.id(), id -> agents.teamMembers(id));
    }

    /** Keeps the member counts of this chunk's teams right as agents move. */
    private void joined(AgentTeam now, AgentTeam before) {
        if (now == before || now != null && before != null && Objects.equals(now.id(), before.id())) {
            return;
        }
        if (now != null) {
            memberCounts.put(now.id(), members(now) + 1);
        }
        if (before != null) {
            memberCounts.put(before.id(), members(before) - 1);
        }
    }

    /** Random 7-digit candidates for the chunk's rows without agent ID, checked against the database at once. */
    private void reserveAgentIds(int needed) {
        if (needed == 0) {
            return;
        }
        Set<String> candidates = new LinkedHashSet<>();
        while (candidates.size() < needed + needed / 10 + 1) {
            String candidate = Integer.toString(1_000_000 + RANDOM.nextInt(9_000_000));
            if (!takenIds.contains(candidate)) {
                candidates.add(candidate);
            }
        }
        candidates.removeAll(lookups.takenAgentIds(candidates));
        freeIds.addAll(candidates);
    }

    /** A random free 7-digit agent ID, as the modelled system generates when none is given. */
    private String freeAgentId() {
        while (!freeIds.isEmpty()) {
            String id = freeIds.poll();
            if (!takenIds.contains(id)) {
                return id;
            }
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            String candidate = Integer.toString(1_000_000 + RANDOM.nextInt(9_000_000));
            if (!takenIds.contains(candidate) && !agents.agentIdTaken(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free 7-digit agent ID found");
    }

    private static final class Links {
        Map<Attribute, Object> attributes;
        AgentTeam team;
        List<AgentTeam> supervisorTeams = List.of();
    }
}
