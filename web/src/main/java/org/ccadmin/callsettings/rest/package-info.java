/** REST resources of Call Settings: {@code /api/v1/media-routing-domains} and {@code /api/v1/bucket-intervals}. */
package org.ccadmin.callsettings.rest;
