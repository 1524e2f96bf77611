package org.ccadmin.authority.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccadmin.authority.application.AccountService;
import org.ccadmin.authority.application.SmartAccountView;
import org.ccadmin.authority.domain.AuthorityException;

/** The list of smart accounts and the form for a new one. */
@Named
@ViewScoped
public class SmartAccountsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private String name;

    public List<SmartAccountView> getAccounts() {
        return accounts.smartAccounts();
    }

    public String create() {
        try {
            SmartAccountView created = accounts.createSmartAccount(name);
            return "/account?faces-redirect=true&id=" + created.id();
        } catch (AuthorityException e) {
            Feedback.refused("create", e);
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
