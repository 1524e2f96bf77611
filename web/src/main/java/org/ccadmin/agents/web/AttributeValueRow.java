package org.ccadmin.agents.web;

import java.io.Serializable;
import org.ccadmin.agents.application.AgentViews.AttributeValue;
import org.ccadmin.agents.domain.AttributeAssignment;
import org.ccadmin.skills.application.AttributeView;

/**
 * One attribute with the value to give it, as a table row with a value editor: a switch for a boolean
 * attribute, a level for a proficiency one. The value is sent as the editor holds it; the attribute decides
 * whether it fits.
 */
public class AttributeValueRow implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String BOOLEAN = "boolean";

    private final long attributeId;
    private final String name;
    private final String type;
    private boolean flag;
    private Integer level;

    private AttributeValueRow(long attributeId, String name, String type, Object value) {
        this.attributeId = attributeId;
        this.name = name;
        this.type = type;
        if (value instanceof Boolean b) {
            flag = b;
        } else if (value instanceof Integer i) {
            level = i;
        }
    }

    /** A value the agent holds. */
    static AttributeValueRow held(AttributeValue v) {
        return new AttributeValueRow(v.attributeId(), v.name(), v.type(), v.value());
    }

    /** A newly picked attribute, filled with its default value. */
    static AttributeValueRow picked(AttributeView a) {
        return new AttributeValueRow(a.id(), a.name(), a.type(), a.defaultValue());
    }

    AttributeAssignment assignment() {
        return new AttributeAssignment(attributeId, isBool() ? (Object) flag : level);
    }

    /** Id of the row's value editor inside the row. */
    String editorId() {
        return isBool() ? "flag" : "level";
    }

    public boolean isBool() {
        return BOOLEAN.equals(type);
    }

    public long getAttributeId() { return attributeId; }
    public String getName() { return name; }
    public String getType() { return type; }
    public boolean isFlag() { return flag; }
    public void setFlag(boolean flag) { this.flag = flag; }
    public Integer getLevel() { return level; }
    public void setLevel(Integer level) { this.level = level; }
}
