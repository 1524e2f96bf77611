package org.ccadmin.authority.domain;

/** Flex licenses are subscriptions with a term; perpetual ones never end. */
public enum LicenseType {
    FLEX, PERPETUAL
}
