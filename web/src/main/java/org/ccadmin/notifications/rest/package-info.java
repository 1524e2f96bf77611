/** REST: the e-mail notification settings and their test message. */
package org.ccadmin.notifications.rest;
