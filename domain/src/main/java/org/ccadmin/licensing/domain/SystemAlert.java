package org.ccadmin.licensing.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Smart Licensing system alerts of the console's Alerts button, as ccadmin reads them. Each clears itself
 * ("auto-corrected") as soon as its condition no longer holds; nobody acknowledges it.
 * <ul>
 * <li>Smart License state is not initialized: no license type and usage mode chosen yet (or no product
 * instance at all), so the product cannot know which licenses it consumes.</li>
 * <li>Smart Agent is not enabled: no transport saved, so the product has no way to reach the license
 * authority (the smart agent is the part that talks to it).</li>
 * <li>Serial number is not generated: the product instance holds no ID certificate, whose serial number the
 * authority assigns at registration; unregistered (evaluation, or after a deregistration), it has none.</li>
 * <li>Communication with the license authority failed: the last exchange got no answer, or an answer that was
 * not believed (bad signature, stale, another authority). A refusal the authority signed (a revoked token, an
 * unknown instance) is an answer, not a communication failure.</li>
 * </ul>
 */
public enum SystemAlert {
    SMART_LICENSE_NOT_INITIALIZED("Smart License state is not initialized",
            "Choose the license type and usage mode in License Management."),
    SMART_AGENT_NOT_ENABLED("Smart Agent is not enabled",
            "Save the transport settings in License Management so that the product can reach the license authority."),
    SERIAL_NUMBER_NOT_GENERATED("Serial number is not generated",
            "Register the product instance: the license authority issues the ID certificate and its serial number."),
    AUTHORITY_COMMUNICATION_FAILED("Communication with the license authority failed",
            "Check the transport settings and that the license authority is reachable; the product retries on its own.");

    private final String displayText;
    private final String remedy;

    SystemAlert(String displayText, String remedy) {
        this.displayText = displayText;
        this.remedy = remedy;
    }

    public String displayText() {
        return displayText;
    }

    public String remedy() {
        return remedy;
    }

    /**
     * The alerts present for this product instance at {@code now}, each with a detail sentence; null stands
     * for a product instance that does not exist yet (not installed): then nothing is initialized.
     */
    public static Map<SystemAlert, String> present(ProductInstance p, Instant now) {
        Map<SystemAlert, String> present = new EnumMap<>(SystemAlert.class);
        if (p == null) {
            present.put(SMART_LICENSE_NOT_INITIALIZED, "The product instance is not installed yet.");
            present.put(SMART_AGENT_NOT_ENABLED, "The product instance is not installed yet.");
            present.put(SERIAL_NUMBER_NOT_GENERATED, "The product instance is not installed yet.");
            return present;
        }
        if (p.configuredLicenseType() == null || p.usageMode() == null) {
            present.put(SMART_LICENSE_NOT_INITIALIZED, "No license type and usage mode are chosen.");
        }
        if (p.transport() == null) {
            present.put(SMART_AGENT_NOT_ENABLED, "No transport settings are saved.");
        }
        if (p.status(now).serialNumber() == null) {
            present.put(SERIAL_NUMBER_NOT_GENERATED, "The product instance is not registered, so it has no ID certificate.");
        }
        CommunicationFailure f = p.communicationFailure();
        if (f != null && (f.isUnreachable() || f.code().startsWith("message."))) {
            present.put(AUTHORITY_COMMUNICATION_FAILED, f.request().displayText() + " at " + f.at() + ": " + f.message());
        }
        return present;
    }
}
