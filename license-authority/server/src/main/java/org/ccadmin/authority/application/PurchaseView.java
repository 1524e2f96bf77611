package org.ccadmin.authority.application;

import java.time.Instant;
import java.time.LocalDate;
import org.ccadmin.authority.domain.Purchase;

public record PurchaseView(long id, long virtualAccountId, String entitlement, String licenseType, String usageMode,
        int quantity, LocalDate termStart, LocalDate termEnd, Instant purchasedAt) {

    static PurchaseView of(Purchase p) {
        return new PurchaseView(p.id(), p.virtualAccount().id(), p.entitlement().name(), p.licenseType().name(),
                p.usageMode().name(), p.quantity(), p.termStart(), p.termEnd(), p.purchasedAt());
    }
}
