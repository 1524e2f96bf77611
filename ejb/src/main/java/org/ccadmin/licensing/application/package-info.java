/**
 * License Management use cases: {@link org.ccadmin.licensing.application.LicensingService} (status, settings,
 * transport, the verbs that talk to the authority through the {@link org.ccadmin.licensing.application.LicenseAuthority}
 * port, and the timer's {@code evaluate}), the licensing log and the timer.
 */
package org.ccadmin.licensing.application;
