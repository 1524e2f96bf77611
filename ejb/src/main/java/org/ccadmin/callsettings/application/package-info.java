/** Use cases of Call Settings: list, read, create, revise and delete media routing domains and bucket intervals. */
package org.ccadmin.callsettings.application;
