/**
 * Business hours: when a contact center is open, in the wall-clock time of its own time zone. Weekly regular
 * hours, special days and (recurring) holidays, forced status, status reasons, and the evaluation that turns
 * them into open/closed plus a reason at any instant and into effective hours for a date range, exact across
 * daylight-saving changes (see {@link org.ccadmin.businesshours.domain.WallClock} for the policy).
 */
package org.ccadmin.businesshours.domain;
