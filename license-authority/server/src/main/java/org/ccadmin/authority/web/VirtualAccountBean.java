package org.ccadmin.authority.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ccadmin.authority.application.AccountService;
import org.ccadmin.authority.application.PoolUsageService;
import org.ccadmin.authority.application.PoolUsageView;
import org.ccadmin.authority.application.ProductInstanceService;
import org.ccadmin.authority.application.ProductInstanceView;
import org.ccadmin.authority.application.PurchaseService;
import org.ccadmin.authority.application.PurchaseView;
import org.ccadmin.authority.application.TokenService;
import org.ccadmin.authority.application.TokenView;
import org.ccadmin.authority.application.VirtualAccountView;
import org.ccadmin.authority.domain.AuthorityException;
import org.ccadmin.authority.domain.AuthorityPeriods;
import org.ccadmin.authority.domain.Entitlement;
import org.ccadmin.authority.domain.IssuedToken;
import org.ccadmin.authority.domain.LicenseType;
import org.ccadmin.authority.domain.Purchase;
import org.ccadmin.authority.domain.UsageMode;

/** One virtual account: its tokens (the new one shown once), its purchases and its product instances. */
@Named
@ViewScoped
public class VirtualAccountBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private TokenService tokenService;

    @Inject
    private PurchaseService purchaseService;

    @Inject
    private ProductInstanceService instanceService;

    @Inject
    private PoolUsageService usageService;

    private Long id;
    private VirtualAccountView account;
    private String createdToken;
    private String tokenDescription;
    private Integer tokenDays = AuthorityPeriods.TOKEN_DEFAULT_VALIDITY_DAYS;
    private Integer tokenMaxUses = AuthorityPeriods.TOKEN_DEFAULT_MAX_USES;
    private boolean tokenExportControlled = true;
    private String entitlement = Entitlement.STANDARD_AGENT.name();
    private String licenseType = LicenseType.FLEX.name();
    private String usageMode = UsageMode.PRODUCTION.name();
    private Integer quantity;
    private LocalDate termStart;
    private LocalDate termEnd;
    /** Read once per view; a purchase or deletion reads it again (the purchased counts change). */
    private PoolUsageView usage;

    /** On the first GET only; without a known id the page has nothing to show. */
    public String load() {
        if (id == null) {
            return "/index?faces-redirect=true";
        }
        try {
            account = accounts.virtualAccount(id);
            return null;
        } catch (AuthorityException e) {
            return "/index?faces-redirect=true";
        }
    }

    public void createToken() {
        try {
            createdToken = tokenService.create(id, new IssuedToken.Request(tokenDescription, tokenDays, tokenMaxUses,
                    tokenExportControlled)).token();
            tokenDescription = null;
        } catch (AuthorityException e) {
            createdToken = null;
            Feedback.refused("tokens", e);
        }
    }

    public void revoke(long tokenId) {
        try {
            tokenService.revoke(tokenId);
            Feedback.done("virtual.token.revoked");
        } catch (AuthorityException e) {
            Feedback.refused("tokens", e);
        }
    }

    public void purchase() {
        try {
            purchaseService.purchase(id, new Purchase.Order(entitlement, licenseType, usageMode, quantity, termStart, termEnd));
            quantity = null;
            usage = null;
        } catch (AuthorityException e) {
            Feedback.refused("purchases", e);
        }
    }

    public void deletePurchase(long purchaseId) {
        try {
            purchaseService.delete(purchaseId);
            usage = null;
            Feedback.done("virtual.purchase.deleted");
        } catch (AuthorityException e) {
            Feedback.refused("purchases", e);
        }
    }

    public void removeInstance(long instanceId) {
        try {
            instanceService.remove(instanceId);
            Feedback.done("virtual.instance.removed");
        } catch (AuthorityException e) {
            Feedback.refused("instances", e);
        }
    }

    public List<TokenView> getTokens() {
        return tokenService.tokens(id);
    }

    public List<PurchaseView> getPurchases() {
        return purchaseService.purchases(id);
    }

    public List<ProductInstanceView> getInstances() {
        return instanceService.instances(id);
    }

    /** The pool's lines with their state after the newest window (the windows themselves are in the admin API). */
    public PoolUsageView getUsage() {
        if (usage == null) {
            usage = usageService.usage(id, 1);
        }
        return usage;
    }

    public List<String> getEntitlements() {
        return names(Entitlement.values());
    }

    public List<String> getLicenseTypes() {
        return names(LicenseType.values());
    }

    public List<String> getUsageModes() {
        return names(UsageMode.values());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public VirtualAccountView getAccount() { return account; }
    public String getCreatedToken() { return createdToken; }
    public String getTokenDescription() { return tokenDescription; }
    public void setTokenDescription(String v) { tokenDescription = v; }
    public Integer getTokenDays() { return tokenDays; }
    public void setTokenDays(Integer v) { tokenDays = v; }
    public Integer getTokenMaxUses() { return tokenMaxUses; }
    public void setTokenMaxUses(Integer v) { tokenMaxUses = v; }
    public boolean isTokenExportControlled() { return tokenExportControlled; }
    public void setTokenExportControlled(boolean v) { tokenExportControlled = v; }
    public String getEntitlement() { return entitlement; }
    public void setEntitlement(String v) { entitlement = v; }
    public String getLicenseType() { return licenseType; }
    public void setLicenseType(String v) { licenseType = v; }
    public String getUsageMode() { return usageMode; }
    public void setUsageMode(String v) { usageMode = v; }
    public Integer getQuantity() { return quantity; }
    public void setQuantity(Integer v) { quantity = v; }
    public LocalDate getTermStart() { return termStart; }
    public void setTermStart(LocalDate v) { termStart = v; }
    public LocalDate getTermEnd() { return termEnd; }
    public void setTermEnd(LocalDate v) { termEnd = v; }
}
