/** Business hours use cases: business hours, their status and effective hours, status reasons, time zones. */
package org.ccadmin.businesshours.application;
