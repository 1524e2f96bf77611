/**
 * Who may sign in to the console and the API: user accounts with roles ({@code administrator},
 * {@code supervisor}) and password hashes. Passwords are kept only as PBKDF2-HMAC-SHA512 hashes.
 */
package org.ccadmin.identity.domain;
