package org.ccadmin.sso.domain;

/**
 * The global single sign-on state of the modelled system: {@code NON_SSO} everyone signs in with a password;
 * {@code HYBRID} each agent's "SSO enabled" flag decides; {@code SSO} every agent signs in through the identity
 * provider (local accounts, the break-glass administrators, may always use their password).
 */
public enum SsoState {
    NON_SSO, HYBRID, SSO
}
