/** JPA repositories of Call Settings. */
package org.ccadmin.callsettings.infrastructure;
