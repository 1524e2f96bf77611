package org.ccadmin.licensing.domain;

/** How the deregistration exchange ended. Either way the instance deregisters; only the follow-up differs. */
public enum DeregistrationOutcome {
    /** The authority released the licenses to the virtual account. */
    RELEASED,
    /** The authority could not be reached: remove the product instance there by hand to free its licenses. */
    AUTHORITY_UNREACHABLE
}
