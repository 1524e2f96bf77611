/**
 * Skills: attributes (boolean or proficiency 1–10) that describe what agents can do, and, in a later
 * issue, the precision queues that route contacts to agents by those attributes.
 */
package org.ccadmin.skills.domain;
