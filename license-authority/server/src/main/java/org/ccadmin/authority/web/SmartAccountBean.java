package org.ccadmin.authority.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccadmin.authority.application.AccountService;
import org.ccadmin.authority.application.SmartAccountView;
import org.ccadmin.authority.application.VirtualAccountView;
import org.ccadmin.authority.domain.AuthorityException;

/** One smart account: its virtual accounts and the form for a new one. */
@Named
@ViewScoped
public class SmartAccountBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private Long id;
    private SmartAccountView account;
    private String name;

    /** On the first GET only; without a known id the page has nothing to show. */
    public String load() {
        if (id == null) {
            return "/index?faces-redirect=true";
        }
        try {
            account = accounts.smartAccount(id);
            return null;
        } catch (AuthorityException e) {
            return "/index?faces-redirect=true";
        }
    }

    public List<VirtualAccountView> getVirtualAccounts() {
        return accounts.virtualAccounts(id);
    }

    public String create() {
        try {
            VirtualAccountView created = accounts.createVirtualAccount(id, name);
            return "/virtual-account?faces-redirect=true&id=" + created.id();
        } catch (AuthorityException e) {
            Feedback.refused("create", e);
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SmartAccountView getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
