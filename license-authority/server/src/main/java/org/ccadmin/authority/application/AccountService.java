package org.ccadmin.authority.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.ccadmin.authority.domain.ConflictException;
import org.ccadmin.authority.domain.SmartAccount;
import org.ccadmin.authority.domain.VirtualAccount;

/** Smart accounts and their virtual accounts. */
@Stateless
@RolesAllowed(AdministratorCredentials.ROLE)
public class AccountService {

    @Inject
    private Repository repository;

    @Inject
    private Clock clock;

    /** A new smart account, with its default virtual account. */
    public SmartAccountView createSmartAccount(String name) {
        SmartAccount account = SmartAccount.create(name, clock.instant());
        if (repository.smartAccountNamed(account.name())) {
            throw new ConflictException("conflict.duplicateName", "A smart account named '" + account.name() + "' exists already.");
        }
        repository.persist(account);
        repository.persist(VirtualAccount.defaultOf(account, account.createdAt()));
        return SmartAccountView.of(account);
    }

    public List<SmartAccountView> smartAccounts() {
        return repository.smartAccounts().stream().map(SmartAccountView::of).toList();
    }

    public SmartAccountView smartAccount(long id) {
        return SmartAccountView.of(repository.smartAccount(id));
    }

    public VirtualAccountView createVirtualAccount(long smartAccountId, String name) {
        SmartAccount account = repository.smartAccount(smartAccountId);
        VirtualAccount virtual = VirtualAccount.create(account, name, clock.instant());
        if (repository.virtualAccountNamed(smartAccountId, virtual.name())) {
            throw new ConflictException("conflict.duplicateName", "Smart account '" + account.name()
                    + "' has a virtual account named '" + virtual.name() + "' already.");
        }
        return VirtualAccountView.of(repository.persist(virtual));
    }

    public List<VirtualAccountView> virtualAccounts(long smartAccountId) {
        repository.smartAccount(smartAccountId);
        return repository.virtualAccounts(smartAccountId).stream().map(VirtualAccountView::of).toList();
    }

    public VirtualAccountView virtualAccount(long id) {
        return VirtualAccountView.of(repository.virtualAccount(id));
    }
}
