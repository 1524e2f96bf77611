package org.ccadmin.authority.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ccadmin.licensing.protocol.Authorization;

/**
 * The compliance answer for one line of a virtual account's pool: OUT_OF_COMPLIANCE while the pool's usage
 * reports have put the line out of compliance ({@code OverageRule}); else IN_COMPLIANCE when the pool holds
 * licenses of it (the instance's license type and usage mode) that count at that time, NOT_AUTHORIZED when
 * it holds none.
 */
public final class Compliance {

    private Compliance() {
    }

    /** The {@code authorize} / {@code register} answer; {@code outOfCompliance} are the lines whose pool state is out. */
    public static List<Authorization> decide(List<Entitlement> requested, LicenseType type, UsageMode mode,
            List<Purchase> pool, Set<Entitlement> outOfCompliance, Instant now) {
        Instant expiresAt = AuthorityPeriods.after(now, AuthorityPeriods.AUTHORIZATION_VALIDITY);
        return requested.stream().map(entitlement -> new Authorization(entitlement.name(),
                status(outOfCompliance.contains(entitlement), entitled(pool, new PoolLine(entitlement, type, mode), now)),
                expiresAt)).toList();
    }

    /** How many licenses of the line count at {@code at}: the sum of the purchases that cover it then. */
    public static int entitled(List<Purchase> pool, PoolLine line, Instant at) {
        long sum = pool.stream().filter(p -> p.covers(line.entitlement(), line.licenseType(), line.usageMode(), at))
                .mapToLong(Purchase::quantity).sum();
        return (int) Math.min(Integer.MAX_VALUE, sum);
    }

    /** The protocol status of a line: out of compliance first, then whether any license counts. */
    public static String status(boolean outOfCompliance, int entitled) {
        if (outOfCompliance) {
            return Authorization.OUT_OF_COMPLIANCE;
        }
        return entitled > 0 ? Authorization.IN_COMPLIANCE : Authorization.NOT_AUTHORIZED;
    }
}
