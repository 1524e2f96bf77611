/**
 * Precision queue step criteria: {@link org.ccadmin.skills.domain.criteria.Term terms} on attributes, joined
 * into {@link org.ccadmin.skills.domain.criteria.Expression expressions} and a step's
 * {@link org.ccadmin.skills.domain.criteria.Criteria criteria}, readable and writable as text
 * ({@link org.ccadmin.skills.domain.criteria.CriteriaText}), checked for steps that can never match anyone
 * ({@link org.ccadmin.skills.domain.criteria.Satisfiability}); and the Consider If formulas of a step
 * ({@link org.ccadmin.skills.domain.criteria.ConsiderIf}). A term matches only agents that hold its attribute:
 * {@code Sales != true} selects the agents whose Sales is false, not those without Sales.
 */
package org.ccadmin.skills.domain.criteria;
