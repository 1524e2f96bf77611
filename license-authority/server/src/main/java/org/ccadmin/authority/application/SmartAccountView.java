package org.ccadmin.authority.application;

import java.time.Instant;
import org.ccadmin.authority.domain.SmartAccount;

public record SmartAccountView(long id, String name, Instant createdAt) {

    static SmartAccountView of(SmartAccount a) {
        return new SmartAccountView(a.id(), a.name(), a.createdAt());
    }
}
