package org.ccadmin.authority.application;

import java.time.Instant;
import java.util.List;
import org.ccadmin.authority.domain.RegisteredInstance;

public record ProductInstanceView(long id, String instanceId, String name, String serialNumber, long virtualAccountId,
        String virtualAccount, boolean exportControlled, String licenseType, String usageMode, String deploymentType,
        List<String> entitlements, Instant registeredAt, Instant renewedAt, Instant lastAuthorizedAt,
        Instant certificateExpiresAt, String status, Instant removedAt) {

    static ProductInstanceView of(RegisteredInstance i) {
        return new ProductInstanceView(i.id(), i.instanceId(), i.name(), i.serialNumber(), i.virtualAccount().id(),
                i.virtualAccount().name(), i.exportControlled(), i.licenseType().name(), i.usageMode().name(),
                i.deploymentType(), i.entitlements(), i.registeredAt(), i.renewedAt(), i.lastAuthorizedAt(),
                i.certificateExpiresAt(), i.status().name(), i.removedAt());
    }
}
