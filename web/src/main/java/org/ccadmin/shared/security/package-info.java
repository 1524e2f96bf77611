/**
 * Sign-in for console and API in one Jakarta Security mechanism: the API takes HTTP Basic on every request
 * and never needs a session; the console signs in through its form once per session. Security headers are
 * set here too, because the mechanism sees every request, including refused ones.
 */
package org.ccadmin.shared.security;
