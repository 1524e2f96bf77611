/**
 * Call Settings: media routing domains (the media a contact center routes: the built-in voice domain and
 * multichannel domains with their task settings) and bucket intervals (the service-level bins reports count
 * answered and abandoned contacts in). The rules and limits come from the modelled system.
 */
package org.ccadmin.callsettings.domain;
