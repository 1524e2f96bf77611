/** JPA repositories of Skills. */
package org.ccadmin.skills.infrastructure;
