package org.ccadmin.authority.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * One line of a virtual account's pool: an entitlement under one license type and usage mode. Licenses of
 * another type or mode never cover it (see {@link Purchase#covers}), so usage and compliance are counted per
 * line; instances of one virtual account with the same type and mode (the usual case) share every line.
 */
public record PoolLine(Entitlement entitlement, LicenseType licenseType, UsageMode usageMode) {

    public static final Comparator<PoolLine> ORDER = Comparator.comparing(PoolLine::entitlement)
            .thenComparing(PoolLine::licenseType).thenComparing(PoolLine::usageMode);

    public PoolLine {
        Objects.requireNonNull(entitlement, "entitlement");
        Objects.requireNonNull(licenseType, "licenseType");
        Objects.requireNonNull(usageMode, "usageMode");
    }

    public static PoolLine of(Purchase p) {
        return new PoolLine(p.entitlement(), p.licenseType(), p.usageMode());
    }
}
