/** Console: Infrastructure Settings › E-mail Notifications (the SMTP settings and the test message). */
package org.ccadmin.notifications.web;
