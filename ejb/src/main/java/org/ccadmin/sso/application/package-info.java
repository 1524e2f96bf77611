/**
 * Single sign-on use cases: the settings (global state and identity provider, administrators only, audited),
 * the console sign-in through the identity provider (authorization code flow with PKCE, state and nonce; the
 * pending sign-in in the database so any node can take the callback) and the credential check of an agent's
 * sign-in event (password or ID token, as the global state demands).
 */
package org.ccadmin.sso.application;
