package org.ccadmin.skills.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.ccadmin.skills.domain.criteria.Comparison;

/**
 * A term as stored: by attribute id, so that renaming an attribute keeps every queue valid and deleting one
 * that a queue uses is refused by the foreign key's reference check.
 */
@Embeddable
public class StoredTerm {

    @Column(name = "expression_position", nullable = false)
    private int expression;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "attribute_id", nullable = false)
    private long attributeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "comparison", nullable = false, length = 2)
    private Comparison comparison;

    @Column(name = "term_value", nullable = false)
    private int value;

    protected StoredTerm() {
    }

    StoredTerm(int expression, int position, long attributeId, Comparison comparison, int value) {
        this.expression = expression;
        this.position = position;
        this.attributeId = attributeId;
        this.comparison = comparison;
        this.value = value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredTerm t && t.expression == expression && t.position == position
                && t.attributeId == attributeId && t.comparison == comparison && t.value == value;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(expression, position, attributeId, comparison, value);
    }

    public int expression() { return expression; }
    public int position() { return position; }
    public long attributeId() { return attributeId; }
    public Comparison comparison() { return comparison; }
    public int value() { return value; }
}
