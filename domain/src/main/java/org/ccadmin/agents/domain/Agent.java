package org.ccadmin.agents.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ccadmin.identity.domain.PasswordHash;
import org.ccadmin.shared.domain.Auditable;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Violations;
import org.ccadmin.skills.domain.Attribute;

/**
 * An agent: a person who handles contacts, identified by a peripheral agent ID (up to 11 digits, fixed once
 * created) and a user name (unique ignoring case). The password is kept only as a PBKDF2 hash and never leaves
 * this class. An agent holds at most {@value #MAX_ATTRIBUTES} attribute values and belongs to at most one team.
 */
@Entity
@Table(name = "agent")
public class Agent implements Auditable {

    public static final String RESOURCE = "agent";
    public static final int MAX_ATTRIBUTES = 50;
    public static final int MAX_PER_SYSTEM = 72_000;
    public static final Set<String> SORTABLE = Set.of("userName", "agentId", "firstName", "lastName", "description",
            "supervisor", "loginEnabled", "id");

    private static final Pattern AGENT_ID = Pattern.compile("\\d{1,11}");
    /** ASCII 33–126 without " / \ [ ] : ; | = , + * ? < > # % (the modelled system's user name rule). */
    private static final Pattern USER_NAME = Pattern.compile("[!$&'()\\-.0-9@A-Z^_`a-z{}~]{1,255}");
    private static final int PERSON_NAME_MAX = 32;
    private static final int PASSWORD_MAX = 256;

    @Id
    // From a sequence in blocks of 50 (not the column's identity): inserts then go in JDBC batches (bulk jobs).
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_seq")
    @SequenceGenerator(name = "agent_seq", sequenceName = "agent_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "agent_id", nullable = false, length = 11)
    private String agentId;

    @Column(name = "user_name", nullable = false)
    private String userName;

    @Column(name = "user_name_key", nullable = false)
    private String userNameKey;

    @Column(name = "first_name", length = 32)
    private String firstName;

    @Column(name = "last_name", length = 32)
    private String lastName;

    @Column(name = "description", length = 255)
    private String description;

    /** Lower-cased user name, agent ID, names and description: free-text search is one LIKE on one column. */
    @Column(name = "search_text", nullable = false, length = 600)
    private String searchText;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "login_enabled", nullable = false)
    private boolean loginEnabled;

    @Column(name = "sso_enabled", nullable = false)
    private boolean ssoEnabled;

    @Column(name = "agent_state_trace", nullable = false)
    private boolean agentStateTrace;

    @Column(name = "supervisor", nullable = false)
    private boolean supervisor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private AgentTeam team;

    @OneToMany(mappedBy = "agent", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<AgentAttribute> attributes = new ArrayList<>();

    @Version
    @Column(name = "change_stamp", nullable = false)
    private long changeStamp;

    protected Agent() {
    }

    /** A new agent; {@code generatedAgentId} is used when the draft leaves the agent ID blank. */
    public static Agent create(AgentDraft d, String generatedAgentId) {
        return create(d, generatedAgentId, null);
    }

    /**
     * As {@link #create(AgentDraft, String)}, with the draft's password already hashed by
     * {@link PasswordHash#hash} ({@code passwordHash}; null: hash it here). A bulk job hashes the passwords of a
     * chunk in parallel first, since one hash costs a noticeable fraction of a second by design.
     */
    public static Agent create(AgentDraft d, String generatedAgentId, String passwordHash) {
        Agent a = new Agent();
        a.loginEnabled = true;
        String agentId = d.agentId() == null || d.agentId().isBlank() ? generatedAgentId : d.agentId().strip();
        Violations v = new Violations();
        if (agentId == null || !AGENT_ID.matcher(agentId).matches()) {
            v.add("agentId", "invalidInput.agentId", "agentId must be 1 to 11 digits (leave it blank to generate one).");
        }
        a.check(v, d, true);
        v.throwIfAny();
        a.agentId = agentId;
        a.apply(d, true, passwordHash);
        return a;
    }

    public void revise(AgentDraft d) {
        revise(d, null);
    }

    /** As {@link #revise(AgentDraft)}, with the draft's password already hashed (null: hash it here). */
    public void revise(AgentDraft d, String passwordHash) {
        Violations v = new Violations();
        if (d.agentId() != null && !d.agentId().strip().equals(agentId)) {
            v.add("agentId", "invalidInput.immutable", "agentId cannot change after the agent is created.");
        }
        check(v, d, false);
        v.throwIfAny();
        apply(d, false, passwordHash);
    }

    private void check(Violations v, AgentDraft d, boolean creating) {
        String name = d.userName() != null || creating ? d.userName() : userName;
        if (name == null || name.isEmpty()) {
            v.add("userName", "invalidInput.fieldRequired", "userName is required.");
        } else if (!USER_NAME.matcher(name).matches()) {
            v.add("userName", "invalidInput.userName", "userName must be 1 to 255 ASCII characters without spaces or any of "
                    + "\" / \\ [ ] : ; | = , + * ? < > # %.");
        }
        v.maxLength("firstName", d.firstName(), PERSON_NAME_MAX);
        v.maxLength("lastName", d.lastName(), PERSON_NAME_MAX);
        Names.checkDescription(v, "description", d.description());
        if (d.password() != null) {
            boolean ascii = true;
            for (char c : d.password()) {
                ascii &= c >= 32 && c < 127;
            }
            if (d.password().length > PASSWORD_MAX || !ascii) {
                v.add("password", "invalidInput.password", "password must be at most " + PASSWORD_MAX
                        + " printable ASCII characters.");
            }
        }
    }

    private void apply(AgentDraft d, boolean creating, String precomputedHash) {
        if (d.userName() != null) {
            userName = d.userName();
            userNameKey = Names.key(d.userName());
        }
        if (d.firstName() != null || creating) {
            firstName = blankToNull(d.firstName());
        }
        if (d.lastName() != null || creating) {
            lastName = blankToNull(d.lastName());
        }
        if (d.description() != null || creating) {
            description = Names.normalizeDescription(d.description());
        }
        if (d.password() != null) {
            passwordHash = d.password().length == 0 ? null
                    : precomputedHash != null ? precomputedHash : PasswordHash.hash(d.password());
        }
        loginEnabled = d.loginEnabled() != null ? d.loginEnabled() : loginEnabled;
        ssoEnabled = d.ssoEnabled() != null ? d.ssoEnabled() : ssoEnabled;
        agentStateTrace = d.agentStateTrace() != null ? d.agentStateTrace() : agentStateTrace;
        supervisor = d.supervisor() != null ? d.supervisor() : supervisor;
        searchText = String.join("\u0001", userName, agentId, nonNull(firstName), nonNull(lastName), nonNull(description))
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Sets (adds or changes) the agent's value of an attribute; refuses a 51st attribute, naming the agent. */
    public void setAttribute(Attribute attribute, Object rawValue, String field) {
        int value = attribute.value(field, rawValue);
        Optional<AgentAttribute> held = held(attribute);
        if (held.isPresent()) {
            held.get().change(value);
            return;
        }
        if (attributes.size() >= MAX_ATTRIBUTES) {
            throw tooManyAttributes(userName);
        }
        attributes.add(new AgentAttribute(this, attribute, value));
    }

    public void removeAttribute(Attribute attribute) {
        attributes.removeIf(a -> a.attribute().id().equals(attribute.id()));
    }

    /** Replaces all attribute values at once (a full update); the limit is checked on the result. */
    public void replaceAttributes(Map<Attribute, Object> values) {
        if (values.size() > MAX_ATTRIBUTES) {
            throw tooManyAttributes(userName);
        }
        // Every value is checked before anything changes, so a refused value leaves the agent as it was.
        Map<Attribute, Integer> stored = new LinkedHashMap<>();
        int i = 0;
        for (var e : values.entrySet()) {
            stored.put(e.getKey(), e.getKey().value("attributes[" + i++ + "].value", e.getValue()));
        }
        attributes.removeIf(a -> stored.keySet().stream().noneMatch(k -> k.id().equals(a.attribute().id())));
        stored.forEach((attribute, value) -> setAttribute(attribute, attribute.present(value), "attributes"));
    }

    public static InvalidInputException tooManyAttributes(String userName) {
        return InvalidInputException.of("attributes", "limitExceeded.attributesPerAgent",
                "Agent '" + userName + "' would hold more than " + MAX_ATTRIBUTES + " attributes.");
    }

    private Optional<AgentAttribute> held(Attribute attribute) {
        return attributes.stream().filter(a -> a.attribute().id().equals(attribute.id())).findFirst();
    }

    /** Joins a team (leaving any other); {@code members} is the team's current member count. */
    public void joinTeam(AgentTeam newTeam, long members) {
        if (newTeam == null) {
            team = null;
            return;
        }
        if (team == newTeam || team != null && team.id() != null && team.id().equals(newTeam.id())) {
            return;
        }
        newTeam.checkRoomForMember(members, userName);
        team = newTeam;
    }

    public void leaveTeam() {
        team = null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String auditType() {
        return "agent";
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public String auditName() {
        return userName;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("agentId", agentId);
        s.put("userName", userName);
        s.put("firstName", firstName);
        s.put("lastName", lastName);
        s.put("description", description);
        s.put("loginEnabled", loginEnabled);
        s.put("ssoEnabled", ssoEnabled);
        s.put("agentStateTrace", agentStateTrace);
        s.put("supervisor", supervisor);
        s.put("team", team == null ? null : team.name());
        // Only whether a password is set, never the hash.
        s.put("passwordSet", passwordHash != null);
        List<String> values = new ArrayList<>();
        attributes.stream().sorted(java.util.Comparator.comparing(a -> a.attribute().name()))
                .forEach(a -> values.add(a.attribute().name() + "=" + a.presentedValue()));
        s.put("attributes", values);
        return s;
    }

    public Long id() { return id; }
    public String agentId() { return agentId; }
    public String userName() { return userName; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public String description() { return description; }
    public boolean loginEnabled() { return loginEnabled; }
    public boolean ssoEnabled() { return ssoEnabled; }
    public boolean agentStateTrace() { return agentStateTrace; }
    public boolean supervisor() { return supervisor; }
    public boolean hasPassword() { return passwordHash != null; }
    /** The PBKDF2 hash of the agent's password (null: none), for a sign-in check; never shown. */
    public String passwordHash() { return passwordHash; }
    public AgentTeam team() { return team; }
    public List<AgentAttribute> attributes() { return List.copyOf(attributes); }

    /** The values held, by attribute name key ({@link Names#key}): what precision queue criteria are evaluated on. */
    public Map<String, Integer> heldValues() {
        Map<String, Integer> held = new java.util.HashMap<>();
        attributes.forEach(a -> held.put(Names.key(a.attribute().name()), a.value()));
        return held;
    }
    public long changeStamp() { return changeStamp; }
}
