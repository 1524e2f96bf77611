package org.ccadmin.agents.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ccadmin.agents.application.AgentViews.AgentView;
import org.ccadmin.agents.application.AgentViews.Ref;
import org.ccadmin.agents.domain.AgentDraft;
import org.ccadmin.agents.domain.AttributeAssignment;

/**
 * The fields of the agent page, all three tabs. Text fields are sent as typed (blank as empty text, so that
 * clearing a field clears it and a missing user name is reported by the domain). The password is write-only:
 * the page never shows it, and leaving it blank keeps the stored one.
 */
public class AgentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long changeStamp;
    private String agentId;
    private String userName;
    private String firstName;
    private String lastName;
    private String description;
    private String password;
    private boolean passwordSet;
    private boolean loginEnabled = true;
    private boolean ssoEnabled;
    private boolean agentStateTrace;
    private boolean supervisor;
    private Long teamId;
    private String teamName;
    private final List<Ref> supervisedTeams = new ArrayList<>();
    private final List<AttributeValueRow> attributes = new ArrayList<>();

    public static AgentForm blank() {
        return new AgentForm();
    }

    public static AgentForm of(AgentView v) {
        AgentForm f = new AgentForm();
        f.id = v.id();
        f.changeStamp = v.changeStamp();
        f.agentId = v.agentId();
        f.userName = v.userName();
        f.firstName = v.firstName();
        f.lastName = v.lastName();
        f.description = v.description();
        f.passwordSet = v.passwordSet();
        f.loginEnabled = v.loginEnabled();
        f.ssoEnabled = v.ssoEnabled();
        f.agentStateTrace = v.agentStateTrace();
        f.supervisor = v.supervisor();
        f.teamId = v.team() == null ? null : v.team().id();
        f.teamName = v.team() == null ? null : v.team().name();
        f.supervisedTeams.addAll(v.supervisedTeams());
        v.attributes().forEach(a -> f.attributes.add(AttributeValueRow.held(a)));
        return f;
    }

    /** The general fields; the agent ID only on create (it is fixed afterwards), blank asking for a generated one. */
    /** A draft that changes no field (a supervisor's save sends the attribute values alone). */
    static final AgentDraft NOTHING = new AgentDraft(null, null, null, null, null, null, null, null, null, null);

    AgentDraft draft() {
        char[] secret = password == null || password.isEmpty() ? null : password.toCharArray();
        return new AgentDraft(isNew() ? text(agentId) : null, text(userName), text(firstName), text(lastName), text(description),
                secret, loginEnabled, ssoEnabled, agentStateTrace, supervisor);
    }

    /** The complete attribute list, in the order of the table (error indexes refer to it). */
    List<AttributeAssignment> values() {
        return attributes.stream().map(AttributeValueRow::assignment).toList();
    }

    List<Long> attributeIds() {
        return attributes.stream().map(AttributeValueRow::getAttributeId).toList();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() { return id; }
    public long getChangeStamp() { return changeStamp; }
    public String getAgentId() { return agentId; }
    public void setAgentId(String agentId) { this.agentId = agentId; }
    public String getUserName() { return userName; }
    public void setUserName(String userName) { this.userName = userName; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    /** Always empty towards the page: the password is never shown. */
    public String getPassword() { return null; }
    public void setPassword(String password) { this.password = password; }
    public boolean isPasswordSet() { return passwordSet; }
    public boolean isLoginEnabled() { return loginEnabled; }
    public void setLoginEnabled(boolean loginEnabled) { this.loginEnabled = loginEnabled; }
    public boolean isSsoEnabled() { return ssoEnabled; }
    public void setSsoEnabled(boolean ssoEnabled) { this.ssoEnabled = ssoEnabled; }
    public boolean isAgentStateTrace() { return agentStateTrace; }
    public void setAgentStateTrace(boolean agentStateTrace) { this.agentStateTrace = agentStateTrace; }
    public boolean isSupervisor() { return supervisor; }
    public void setSupervisor(boolean supervisor) { this.supervisor = supervisor; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public String getTeamName() { return teamName; }
    public List<Ref> getSupervisedTeams() { return supervisedTeams; }
    public List<AttributeValueRow> getAttributes() { return attributes; }
}
