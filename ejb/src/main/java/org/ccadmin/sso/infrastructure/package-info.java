/**
 * The outside of single sign-on: the identity provider over HTTP ({@link org.ccadmin.sso.infrastructure.OpenIdProvider}:
 * discovery, keys, code exchange, ID token signature), the probe behind the settings' Test button and the
 * secret key that encrypts the client secret. Discovery documents and keys are cached per node: they can be
 * fetched again at any time, so a cache is not shared state.
 */
package org.ccadmin.sso.infrastructure;
