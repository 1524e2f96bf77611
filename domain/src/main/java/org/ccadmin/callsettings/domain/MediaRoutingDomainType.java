package org.ccadmin.callsettings.domain;

/** VOICE is the built-in domain that exists from the first start and is read-only. */
public enum MediaRoutingDomainType {
    VOICE, MULTICHANNEL
}
