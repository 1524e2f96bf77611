package org.ccadmin.authority.domain;

/** Production and non-production (lab) licenses are separate pools. */
public enum UsageMode {
    PRODUCTION, NON_PRODUCTION
}
