package org.ccadmin.licensing.domain;

/** An exchange with the authority that a timer should start now. Registration goes first: it carries the identity. */
public enum DueAction {
    RENEW_REGISTRATION,
    RENEW_AUTHORIZATION
}
