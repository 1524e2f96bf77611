package org.ccadmin.authority.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.ccadmin.authority.domain.RegisteredInstance;

/** The administrator's view of registered product instances, and removal (e.g. after a local deregistration). */
@Stateless
@RolesAllowed(AdministratorCredentials.ROLE)
public class ProductInstanceService {

    @Inject
    private Repository repository;

    @Inject
    private Clock clock;

    public List<ProductInstanceView> instances(long virtualAccountId) {
        repository.virtualAccount(virtualAccountId);
        return repository.instances(virtualAccountId).stream().map(ProductInstanceView::of).toList();
    }

    public ProductInstanceView instance(long id) {
        return ProductInstanceView.of(repository.instance(id));
    }

    /** Releases its licenses; the product's later requests are refused as {@code instance.unknown}. */
    public ProductInstanceView remove(long id) {
        RegisteredInstance instance = repository.instance(id);
        instance.remove(clock.instant());
        return ProductInstanceView.of(instance);
    }
}
