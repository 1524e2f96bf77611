package org.ccadmin.agents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.ccadmin.skills.domain.Attribute;

/** One attribute value an agent holds (stored form; see {@link Attribute#value}). */
@Entity
@Table(name = "agent_attribute")
@IdClass(AgentAttribute.Key.class)
public class AgentAttribute {

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_id")
    private Agent agent;

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attribute_id")
    private Attribute attribute;

    @Column(name = "attribute_value", nullable = false)
    private int value;

    protected AgentAttribute() {
    }

    AgentAttribute(Agent agent, Attribute attribute, int value) {
        this.agent = agent;
        this.attribute = attribute;
        this.value = value;
    }

    void change(int newValue) {
        value = newValue;
    }

    public Agent agent() {
        return agent;
    }

    public Attribute attribute() {
        return attribute;
    }

    public int value() {
        return value;
    }

    public Object presentedValue() {
        return attribute.present(value);
    }

    /** Composite key: one value per agent and attribute. */
    public static class Key implements Serializable {
        private Long agent;
        private Long attribute;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(agent, k.agent) && Objects.equals(attribute, k.attribute);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agent, attribute);
        }
    }
}
