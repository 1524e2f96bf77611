package org.ccadmin.authority.domain;

/** What a license entitles to; the names are the protocol's (and ccadmin's) entitlement names. */
public enum Entitlement {
    STANDARD_AGENT, PREMIUM_AGENT, REGULAR_AGENT, DIALER_PORTS, SERVER_LICENSE, AVAYA_PG, THIRD_PARTY_IVR
}
