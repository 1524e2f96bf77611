package org.ccadmin.licensing.domain;

/** What made the licensing state change. */
public enum LicenseChangeCause {
    DEPLOYMENT_TYPE_CHANGED,
    LICENSE_TYPE_SELECTED,
    REGISTERED,
    REREGISTERED,
    AUTHORIZATION_RENEWED,
    REGISTRATION_RENEWED,
    /** Licenses released at the authority. */
    DEREGISTERED,
    /** The authority was unreachable: the instance forgot its registration, the administrator must remove it there. */
    DEREGISTERED_LOCALLY,
    /** A deadline passed (evaluation, authorization or registration expiry, enforcement); noticed by {@code observe}. */
    DEADLINE_PASSED,
    /** The authority's verdicts on the usage reports changed a line's compliance (Out-of-Compliance began or ended). */
    USAGE_REPORTED
}
