package org.ccadmin.skills.web;

import java.io.Serializable;
import java.util.Locale;
import org.ccadmin.skills.application.AttributeView;
import org.ccadmin.skills.domain.AttributeDraft;
import org.ccadmin.skills.domain.AttributeType;

/**
 * The General tab of the attribute page. The default value has one editor per type (a switch for boolean,
 * a level for proficiency); the one of the chosen type is sent.
 */
public class AttributeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long changeStamp;
    private String name;
    private String description;
    private AttributeType type = AttributeType.PROFICIENCY;
    private boolean defaultFlag;
    private Integer defaultLevel;
    private long agentCount;

    public static AttributeForm blank() {
        return new AttributeForm();
    }

    public static AttributeForm of(AttributeView v) {
        AttributeForm f = new AttributeForm();
        f.id = v.id();
        f.changeStamp = v.changeStamp();
        f.name = v.name();
        f.description = v.description();
        f.type = AttributeType.valueOf(v.type().toUpperCase(Locale.ROOT));
        if (v.defaultValue() instanceof Boolean b) {
            f.defaultFlag = b;
        } else if (v.defaultValue() instanceof Integer i) {
            f.defaultLevel = i;
        }
        f.agentCount = v.agentCount();
        return f;
    }

    AttributeDraft draft() {
        return new AttributeDraft(name == null ? "" : name, description == null ? "" : description, type,
                isBool() ? (Object) defaultFlag : defaultLevel);
    }

    /** Id of the default value's editor for the chosen type. */
    String defaultEditor() {
        return isBool() ? "defaultFlag" : "defaultLevel";
    }

    public boolean isBool() {
        return type == AttributeType.BOOLEAN;
    }

    public boolean isNew() {
        return id == null;
    }

    /** The type is fixed while agents hold the attribute (the domain's rule; the page only says so). */
    public boolean isTypeFixed() {
        return agentCount > 0;
    }

    public Long getId() { return id; }
    public long getChangeStamp() { return changeStamp; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public AttributeType getType() { return type; }
    public void setType(AttributeType type) { this.type = type; }
    public boolean isDefaultFlag() { return defaultFlag; }
    public void setDefaultFlag(boolean defaultFlag) { this.defaultFlag = defaultFlag; }
    public Integer getDefaultLevel() { return defaultLevel; }
    public void setDefaultLevel(Integer defaultLevel) { this.defaultLevel = defaultLevel; }
    public long getAgentCount() { return agentCount; }
}
