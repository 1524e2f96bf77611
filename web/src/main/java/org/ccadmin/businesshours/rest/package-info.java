/** REST resources of business hours, status reasons and time zones. */
package org.ccadmin.businesshours.rest;
