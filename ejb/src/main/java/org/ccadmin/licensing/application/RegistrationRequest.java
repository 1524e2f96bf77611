package org.ccadmin.licensing.application;

import java.util.List;
import org.ccadmin.licensing.domain.DeploymentType;
import org.ccadmin.licensing.domain.Entitlement;
import org.ccadmin.licensing.domain.LicenseType;
import org.ccadmin.licensing.domain.UsageMode;

/** What the product tells the authority when it registers: who it is and which licenses it asks for. */
public record RegistrationRequest(String token, String productInstanceName, LicenseType licenseType, UsageMode usageMode,
        DeploymentType deploymentType, List<Entitlement> entitlements) {

    public RegistrationRequest {
        entitlements = List.copyOf(entitlements);
    }

    @Override
    public String toString() {
        // The token is a credential: it never reaches a log.
        return "RegistrationRequest[" + productInstanceName + ", " + licenseType + ", " + usageMode + ", "
                + deploymentType + ", " + entitlements + "]";
    }
}
