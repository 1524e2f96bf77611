/**
 * Single sign-on: the global state (NON_SSO, HYBRID, SSO), the identity provider's settings (OpenID Connect
 * issuer, client, scopes, claims, role mapping; the client secret only encrypted), the sign-in rules that say
 * who may use a password and who must use the identity provider ({@link org.ccadmin.sso.domain.SignInPolicy}),
 * the role decision after an identity provider sign-in ({@link org.ccadmin.sso.domain.SsoRoles}), the claim
 * checks of an ID token ({@link org.ccadmin.sso.domain.TokenRules}), https towards the provider
 * ({@link org.ccadmin.sso.domain.ProviderTransport}) and the pending console sign-ins, kept in the database so that
 * any node of a cluster can receive the identity provider's callback, and capped there.
 */
package org.ccadmin.sso.domain;
