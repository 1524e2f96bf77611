/** JPA repositories of business hours and status reasons. */
package org.ccadmin.businesshours.infrastructure;
