/** E-mail notifications: the settings (audited) and the sending of licensing state changes after commit. */
package org.ccadmin.notifications.application;
