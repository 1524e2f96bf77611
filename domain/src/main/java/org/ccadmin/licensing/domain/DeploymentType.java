package org.ccadmin.licensing.domain;

/**
 * The deployment the installation was set up as. Licensing cares for two reasons: the ICM deployments draw on
 * other license lines than Unified and Packaged CCE, and ICM Rogger/Logger is licensed Perpetual whatever
 * license type is configured (the modelled system "automatically updates to Perpetual even when the License
 * Type is configured as Flex").
 */
public enum DeploymentType {
    UNIFIED_CCE_2000_AGENTS("Unified CCE 2000 Agents", false, false, 2_000),
    UNIFIED_CCE_4000_AGENTS("Unified CCE 4000 Agents", false, false, 4_000),
    UNIFIED_CCE_12000_AGENTS("Unified CCE 12000 Agents", false, false, 12_000),
    UNIFIED_CCE_24000_AGENTS("Unified CCE 24000 Agents", false, false, 24_000),
    /** The reference designs' table gives no Packaged CCE values at 24,000 (its PCCE-only rows say NA there). */
    PACKAGED_CCE("Packaged CCE", false, false, 12_000),
    /** ICM is not split by size; the largest reference design (24,000 active agents, also Contact Director's). */
    ICM_ROGGER_LOGGER("ICM Rogger/Logger", true, true, 24_000),
    ICM_ROUTER_LOGGER("ICM Router/Logger", true, false, 24_000);

    private final String displayText;
    private final boolean icm;
    private final boolean perpetualOnly;
    private final int maxConcurrentAgents;

    DeploymentType(String displayText, boolean icm, boolean perpetualOnly, int maxConcurrentAgents) {
        this.displayText = displayText;
        this.icm = icm;
        this.perpetualOnly = perpetualOnly;
        this.maxConcurrentAgents = maxConcurrentAgents;
    }

    /** Active (concurrent, signed-in) agents the deployment supports; sign-ins beyond it are refused. */
    public int maxConcurrentAgents() {
        return maxConcurrentAgents;
    }

    public String displayText() {
        return displayText;
    }

    /** ICM deployments use the ICM license lines of the source's table; the others the Unified/Packaged CCE lines. */
    public boolean isIcm() {
        return icm;
    }

    /** The license type that applies here when {@code configured} is chosen; null stays null (not chosen yet). */
    public LicenseType effectiveLicenseType(LicenseType configured) {
        return perpetualOnly && configured != null ? LicenseType.PERPETUAL : configured;
    }
}
