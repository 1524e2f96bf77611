/**
 * Notifications outside the console: the e-mail settings (the SMTP server and the administrator's address to
 * which licensing state changes are mailed). The console's own notifications (banner, system alerts) are
 * licensing rules and live in {@code org.ccadmin.licensing.domain}.
 */
package org.ccadmin.notifications.domain;
