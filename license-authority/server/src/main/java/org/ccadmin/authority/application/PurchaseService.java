package org.ccadmin.authority.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.ccadmin.authority.domain.Purchase;

/** Licenses bought into a virtual account's pool. */
@Stateless
@RolesAllowed(AdministratorCredentials.ROLE)
public class PurchaseService {

    @Inject
    private Repository repository;

    @Inject
    private Clock clock;

    public PurchaseView purchase(long virtualAccountId, Purchase.Order order) {
        return PurchaseView.of(repository.persist(Purchase.of(repository.virtualAccount(virtualAccountId), order, clock.instant())));
    }

    public List<PurchaseView> purchases(long virtualAccountId) {
        repository.virtualAccount(virtualAccountId);
        return repository.purchases(virtualAccountId).stream().map(PurchaseView::of).toList();
    }

    /** Takes licenses out of the pool (a refund, a mistake); later authorizations see the pool without them. */
    public void delete(long purchaseId) {
        repository.remove(repository.purchase(purchaseId));
    }
}
