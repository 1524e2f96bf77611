package org.ccadmin.licensing.domain;

import java.time.Instant;
import java.util.List;

/**
 * The Smart Licensing Status at one instant, as the modelled system's status table shows it, plus what the
 * rules derived from it: enforcement, the effective license type and the license lines. The "at" instants say
 * since when a status holds (Registered: when registered; Authorized: when last authorized; an expired status:
 * when it expired; Unregistered: when deregistered, null if never registered). Accounts and serial number are
 * null while unregistered; export-controlled functionality is Allowed only while the registration is valid.
 */
public record LicensingStatus(
        RegistrationStatus registrationStatus, Instant registrationStatusAt,
        AuthorizationStatus authorizationStatus, Instant authorizationStatusAt,
        ExportControlledFunctionality exportControlledFunctionality,
        String smartAccount, String virtualAccount, String productInstanceName, String serialNumber,
        LicenseType licenseType, UsageMode usageMode,
        Enforcement enforcement,
        List<EntitlementLine> entitlements) {

    public LicensingStatus {
        entitlements = List.copyOf(entitlements);
    }

    public boolean isEnforced() {
        return enforcement != null;
    }

    /** Evaluation grants unlimited licenses with the highest set of capabilities. */
    public boolean hasUnlimitedLicenses() {
        return authorizationStatus == AuthorizationStatus.EVALUATION;
    }
}
