package org.ccadmin.licensing.domain;

/** What a licensing log entry records. */
public enum LicensingLogKind {
    /** A request to the authority and its outcome. */
    EXCHANGE,
    /** A change of the licensing state (a verb, or a deadline that passed). */
    TRANSITION,
    /** An exchange that failed: unreachable, refused, or an answer that could not be trusted. */
    ERROR
}
