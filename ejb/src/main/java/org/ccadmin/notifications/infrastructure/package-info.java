/** The SMTP client (Jakarta Mail) that sends notifications with the stored settings. */
package org.ccadmin.notifications.infrastructure;
