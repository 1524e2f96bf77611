package org.ccadmin.authority.application;

import java.time.Instant;
import org.ccadmin.authority.domain.VirtualAccount;

public record VirtualAccountView(long id, long smartAccountId, String smartAccount, String name, Instant createdAt) {

    static VirtualAccountView of(VirtualAccount v) {
        return new VirtualAccountView(v.id(), v.smartAccount().id(), v.smartAccount().name(), v.name(), v.createdAt());
    }
}
