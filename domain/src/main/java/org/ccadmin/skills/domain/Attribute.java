package org.ccadmin.skills.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ccadmin.shared.domain.Auditable;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Names;
import org.ccadmin.shared.domain.Violations;

/**
 * An attribute agents hold with a value: boolean (true/false) or proficiency (1–10). Values are stored as
 * integers (false 0, true 1) so that one column and one index serve both types; {@link #value} is the only
 * way in and {@link #present} the only way out, so no caller interprets the number itself. The type is fixed
 * once any agent holds the attribute, because the held values would lose their meaning.
 */
@Entity
@Table(name = "attribute")
public class Attribute implements Auditable {

    public static final String RESOURCE = "attribute";
    public static final int MAX_PER_SYSTEM = 10_000;
    public static final int PROFICIENCY_MIN = 1;
    public static final int PROFICIENCY_MAX = 10;
    public static final Set<String> SORTABLE = Set.of("name", "description", "id", "type", "defaultValue");

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

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private AttributeType type;

    @Column(name = "default_value", nullable = false)
    private int defaultValue;

    @Version
    @Column(name = "change_stamp", nullable = false)
    private long changeStamp;

    protected Attribute() {
    }

    public static Attribute create(AttributeDraft d) {
        Violations v = new Violations();
        Names.checkName(v, "name", d.name());
        Names.checkDescription(v, "description", d.description());
        v.required("type", d.type());
        v.throwIfAny();
        Attribute a = new Attribute();
        a.name = d.name();
        a.nameKey = Names.key(d.name());
        a.description = Names.normalizeDescription(d.description());
        a.type = d.type();
        a.defaultValue = d.defaultValue() == null ? a.lowest() : a.value("defaultValue", d.defaultValue());
        return a;
    }

    /** Applies the given fields; {@code held} says whether any agent holds the attribute (then the type is fixed). */
    public void revise(AttributeDraft d, boolean held) {
        revise(d, held, java.util.List.of());
    }

    /**
     * Changes the attribute. Its type is fixed while agents hold it or precision queues ({@code usedBy}, their
     * names) compare it: a queue's stored term would otherwise compare a proficiency with true or a flag with 7.
     */
    public void revise(AttributeDraft d, boolean held, java.util.List<String> usedBy) {
        Violations v = new Violations();
        String newName = d.name() != null ? d.name() : name;
        Names.checkName(v, "name", newName);
        Names.checkDescription(v, "description", d.description());
        if (d.type() != null && d.type() != type && held) {
            v.add("type", "invalidInput.typeFixed", "The type of '" + name + "' cannot change while agents hold it; "
                    + "remove it from every agent first.");
        } else if (d.type() != null && d.type() != type && !usedBy.isEmpty()) {
            v.add("type", "invalidInput.typeFixed", "The type of '" + name + "' cannot change while precision queues use it ("
                    + String.join(", ", usedBy) + "); take it out of their steps first.");
        }
        v.throwIfAny();
        AttributeType newType = d.type() != null ? d.type() : type;
        Integer newDefault = null;
        if (d.defaultValue() != null) {
            newDefault = valueFor(newType, "defaultValue", d.defaultValue());
        } else if (newType != type) {
            newDefault = newType == AttributeType.BOOLEAN ? 0 : PROFICIENCY_MIN;
        }
        name = newName;
        nameKey = Names.key(newName);
        if (d.description() != null) {
            description = Names.normalizeDescription(d.description());
        }
        type = newType;
        if (newDefault != null) {
            defaultValue = newDefault;
        }
    }

    /**
     * The stored form of a value given for this attribute (Boolean, Integer, or their text as in a form or a
     * CSV cell); refused naming {@code field} when it does not fit the type.
     */
    public int value(String field, Object raw) {
        return valueFor(type, field, raw);
    }

    /** The value as clients see it: Boolean for boolean attributes, Integer for proficiency. */
    public Object present(int stored) {
        return type == AttributeType.BOOLEAN ? (Object) (stored != 0) : (Object) stored;
    }

    public Object presentDefault() {
        return present(defaultValue);
    }

    private int lowest() {
        return type == AttributeType.BOOLEAN ? 0 : PROFICIENCY_MIN;
    }

    private static int valueFor(AttributeType type, String field, Object raw) {
        if (type == AttributeType.BOOLEAN) {
            if (raw instanceof Boolean b) {
                return b ? 1 : 0;
            }
            if (raw instanceof String s && s.strip().matches("(?i)true|false")) {
                return s.strip().equalsIgnoreCase("true") ? 1 : 0;
            }
            throw InvalidInputException.of(field, "invalidInput.booleanValue", field + " must be true or false for a boolean attribute.");
        }
        Integer level = null;
        if (raw instanceof Integer i) {
            level = i;
        } else if (raw instanceof String s && s.strip().matches("-?\\d{1,9}")) {
            level = Integer.parseInt(s.strip());
        }
        if (level == null || level < PROFICIENCY_MIN || level > PROFICIENCY_MAX) {
            throw InvalidInputException.of(field, "invalidInput.outOfRange",
                    field + " must be a whole number from 1 to 10 for a proficiency attribute.");
        }
        return level;
    }

    @Override
    public String auditType() {
        return "attribute";
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
        s.put("type", type.name().toLowerCase(Locale.ROOT));
        s.put("defaultValue", presentDefault());
        return s;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String description() { return description; }
    public AttributeType type() { return type; }
    public int defaultValue() { return defaultValue; }
    public long changeStamp() { return changeStamp; }
}
