package org.ccadmin.skills.domain.criteria;

/** How the parts of an expression (terms) or of a step (expressions) are joined: all AND or all OR. */
public enum Logic {
    AND, OR
}
