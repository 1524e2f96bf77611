/**
 * Console pages of User Setup: the agent list with its search, multi-selection and multi-agent attribute
 * edit, the agent page (general fields, attribute values, team), and the agent team list and page. The beans
 * translate between form fields and service calls; every rule is the domain's, and its errors are shown
 * beside the inputs they name, rows of a table included ({@link RowErrors}).
 */
package org.ccadmin.agents.web;
