package org.ccadmin.licensing.domain;

import java.time.Instant;
import org.ccadmin.shared.domain.Violations;

/**
 * What the authority issues on a successful registration, reregistration or registration renewal: who the
 * product instance now is and to which accounts it belongs. The adapter that talks to the authority builds it;
 * the domain only checks that it is complete.
 */
public record IdCertificate(String instanceId, String serialNumber, String smartAccount, String virtualAccount,
        boolean exportControlled, Instant issuedAt, Instant expiresAt) {

    public IdCertificate {
        Violations v = new Violations();
        text(v, "instanceId", instanceId);
        text(v, "serialNumber", serialNumber);
        text(v, "smartAccount", smartAccount);
        text(v, "virtualAccount", virtualAccount);
        v.required("issuedAt", issuedAt);
        v.required("expiresAt", expiresAt);
        if (issuedAt != null && expiresAt != null && !expiresAt.isAfter(issuedAt)) {
            v.add("expiresAt", "invalidInput.beforeIssue", "expiresAt must be after issuedAt.");
        }
        v.throwIfAny();
    }

    private static void text(Violations v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(field, "invalidInput.fieldRequired", field + " is required.");
        }
        v.maxLength(field, value, 255);
    }
}
