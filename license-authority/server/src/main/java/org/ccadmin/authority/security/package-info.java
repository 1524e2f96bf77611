/**
 * HTTP Basic for everything but the protocol endpoints: the administration API and the console ask for
 * the {@code authority-admin} credentials on every request; no session is kept.
 */
package org.ccadmin.authority.security;
