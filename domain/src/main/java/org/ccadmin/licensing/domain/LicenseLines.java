package org.ccadmin.licensing.domain;

import java.util.List;
import org.ccadmin.shared.domain.InvalidInputException;

/**
 * The modelled system's license type table: which license lines a license type and usage mode offer. It has
 * three rows (Flex Production, Perpetual Production, Perpetual Non-Production); Perpetual Production differs
 * between Unified/Packaged CCE and ICM. Flex Non-Production is not in the table and is refused.
 */
public final class LicenseLines {

    private static final List<Entitlement> FLEX_PRODUCTION = List.of(Entitlement.STANDARD_AGENT,
            Entitlement.PREMIUM_AGENT, Entitlement.DIALER_PORTS, Entitlement.SERVER_LICENSE);
    private static final List<Entitlement> PERPETUAL_PRODUCTION_CCE = List.of(Entitlement.PREMIUM_AGENT,
            Entitlement.DIALER_PORTS, Entitlement.SERVER_LICENSE);
    private static final List<Entitlement> PERPETUAL_PRODUCTION_ICM = List.of(Entitlement.REGULAR_AGENT,
            Entitlement.AVAYA_PG, Entitlement.THIRD_PARTY_IVR, Entitlement.SERVER_LICENSE);
    private static final List<Entitlement> PERPETUAL_NON_PRODUCTION = List.of(Entitlement.REGULAR_AGENT,
            Entitlement.PREMIUM_AGENT, Entitlement.DIALER_PORTS, Entitlement.SERVER_LICENSE, Entitlement.AVAYA_PG);

    private LicenseLines() {
    }

    public static boolean isOffered(LicenseType type, UsageMode mode) {
        return !(type == LicenseType.FLEX && mode == UsageMode.NON_PRODUCTION);
    }

    /** Refuses a combination the table does not offer, naming the usage mode. */
    public static void checkOffered(LicenseType type, UsageMode mode) {
        if (!isOffered(type, mode)) {
            throw InvalidInputException.of("usageMode", "invalidInput.notOffered",
                    "Flex licenses are offered for Production only; choose Perpetual for Non-Production.");
        }
    }

    /**
     * The lines for an <em>effective</em> license type (after {@link DeploymentType#effectiveLicenseType}), in
     * the table's order. Empty when nothing is chosen yet, and for Flex on ICM Router/Logger, which the table
     * does not list.
     */
    public static List<Entitlement> of(LicenseType type, UsageMode mode, DeploymentType deployment) {
        if (type == null || mode == null) {
            return List.of();
        }
        if (type == LicenseType.FLEX) {
            return mode == UsageMode.PRODUCTION && !deployment.isIcm() ? FLEX_PRODUCTION : List.of();
        }
        if (mode == UsageMode.NON_PRODUCTION) {
            return PERPETUAL_NON_PRODUCTION;
        }
        return deployment.isIcm() ? PERPETUAL_PRODUCTION_ICM : PERPETUAL_PRODUCTION_CCE;
    }
}
