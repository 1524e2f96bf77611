package org.ccadmin.licensing.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which license line a signed-in agent consumes, and the usage of every line of a window. An agent counts once,
 * at its highest tier, however many media routing domains it is signed in to:
 * <ul>
 * <li>Flex: Premium Agent for a signed-in supervisor or an agent signed in on a non-voice media routing domain
 * (the enhanced tier), Standard Agent otherwise (the basic tier);</li>
 * <li>Perpetual on Unified or Packaged CCE: every signed-in agent consumes Premium Agent;</li>
 * <li>ICM: every signed-in agent consumes Regular Agent.</li>
 * </ul>
 * Dialer Ports is the configured number of dialer ports, Server License the running server nodes. Avaya PG and
 * Third-party IVR have no usage source in ccadmin and report 0.
 */
public final class UsageRule {

    private UsageRule() {
    }

    /** The enhanced tier: a supervisor, or an agent signed in on at least one non-voice domain. */
    public static boolean enhanced(boolean supervisor, boolean onNonVoiceDomain) {
        return supervisor || onNonVoiceDomain;
    }

    /** The line a signed-in agent of the given tier consumes, or null while no license type is chosen. */
    public static Entitlement lineOf(LicenseType effectiveType, DeploymentType deployment, boolean enhanced) {
        if (deployment.isIcm()) {
            return Entitlement.REGULAR_AGENT;
        }
        if (effectiveType == null) {
            return null;
        }
        if (effectiveType == LicenseType.FLEX) {
            return enhanced ? Entitlement.PREMIUM_AGENT : Entitlement.STANDARD_AGENT;
        }
        return Entitlement.PREMIUM_AGENT;
    }

    /**
     * The usage of each of {@code lines} (the instance's license lines, in their order) for a window whose agent
     * peaks are {@code agents}. When both tiers consume the same line its usage is the peak of all agents.
     */
    public static Map<Entitlement, Integer> usage(LicenseType effectiveType, DeploymentType deployment,
            List<Entitlement> lines, AgentPeaks agents, int dialerPorts, int serverNodes) {
        Map<Entitlement, Integer> usage = new LinkedHashMap<>();
        for (Entitlement e : lines) {
            usage.put(e, switch (e) {
                case DIALER_PORTS -> dialerPorts;
                case SERVER_LICENSE -> serverNodes;
                default -> 0;
            });
        }
        Entitlement basic = lineOf(effectiveType, deployment, false);
        Entitlement enhanced = lineOf(effectiveType, deployment, true);
        if (basic != null && basic == enhanced) {
            usage.computeIfPresent(basic, (e, zero) -> agents.all());
        } else if (basic != null) {
            usage.computeIfPresent(basic, (e, zero) -> agents.basic());
            usage.computeIfPresent(enhanced, (e, zero) -> agents.enhanced());
        }
        return usage;
    }
}
