package org.ccadmin.sso.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;
import org.ccadmin.sso.application.GlobalStateView;
import org.ccadmin.sso.application.IdentityProviderView;
import org.ccadmin.sso.application.SsoSettingsService;
import org.ccadmin.sso.domain.IdentityProviderChange;
import org.ccadmin.sso.domain.ProviderCheck;
import org.ccadmin.sso.domain.SsoState;

/**
 * Features › Single Sign-On ({@code /features/single-sign-on.xhtml}): the global state, the identity provider
 * and its Test. The client secret field is always empty: typing one replaces the saved one, leaving it empty
 * keeps it (the page says whether one is set). Groups are typed one per line. Every rule is the domain's.
 */
@Named("singleSignOn")
@ViewScoped
public class SingleSignOnBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String STATE_FORM = "stateForm";
    static final String IDP_FORM = "idpForm";

    @Inject
    private SsoSettingsService service;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    private GlobalStateView savedState;
    private IdentityProviderView saved;
    private String state;
    private String issuer;
    private String clientId;
    private String clientSecret;
    private String scopes;
    private String userNameClaim;
    private String groupClaim;
    private String administratorGroups;
    private String supervisorGroups;
    private List<ProviderCheck> checks;

    @PostConstruct
    void init() {
        loadState(service.globalState());
        load(service.identityProvider());
    }

    private void loadState(GlobalStateView v) {
        savedState = v;
        state = v.state();
    }

    private void load(IdentityProviderView v) {
        saved = v;
        issuer = v.issuer();
        clientId = v.clientId();
        clientSecret = null;
        scopes = v.scopes();
        userNameClaim = v.userNameClaim();
        groupClaim = v.groupClaim();
        administratorGroups = String.join("\n", v.administratorGroups());
        supervisorGroups = String.join("\n", v.supervisorGroups());
    }

    public void saveState() {
        try {
            loadState(service.changeGlobalState(ChangeStamp.of(savedState.changeStamp()), SsoState.valueOf(state)));
            messages.saved(text.get("sso.state.saved", state));
        } catch (DomainException e) {
            messages.refusedSave(STATE_FORM, e, f -> "state".equals(f) ? "state" : null, text.get("sso.stale"), text.get("sso.stale"));
        }
    }

    public void save() {
        trySave();
    }

    /** Saves the form; false (with the messages beside the fields) when refused. */
    private boolean trySave() {
        try {
            IdentityProviderChange change = new IdentityProviderChange(orEmpty(issuer), orEmpty(clientId),
                    clientSecret == null || clientSecret.isEmpty() ? null : clientSecret, orEmpty(scopes), orEmpty(userNameClaim),
                    orEmpty(groupClaim), lines(administratorGroups), lines(supervisorGroups));
            load(service.changeIdentityProvider(ChangeStamp.of(saved.changeStamp()), change));
            checks = null;
            messages.saved(text.get("sso.idp.saved"));
            return true;
        } catch (DomainException e) {
            messages.refusedSave(IDP_FORM, e, SingleSignOnBean::input, text.get("sso.stale"), text.get("sso.stale"));
            return false;
        }
    }

    /**
     * Tests what the form shows: typed but unsaved settings are saved first (a test of the old settings would
     * pass or fail for the wrong ones, and the typing would be lost); if they cannot be saved, the messages say
     * why and nothing is tested.
     */
    public void test() {
        if (unsaved() && !trySave()) {
            return;
        }
        checks = service.test();
        boolean failed = checks.stream().anyMatch(c -> c.status() == ProviderCheck.Status.FAIL);
        if (failed) {
            messages.formError(IDP_FORM, text.get("sso.test.failed"));
        } else {
            messages.formInfo(IDP_FORM, text.get("sso.test.passed"));
        }
    }

    private boolean unsaved() {
        return !orEmpty(issuer).equals(orEmpty(saved.issuer())) || !orEmpty(clientId).equals(orEmpty(saved.clientId()))
                || (clientSecret != null && !clientSecret.isEmpty()) || !orEmpty(scopes).equals(orEmpty(saved.scopes()))
                || !orEmpty(userNameClaim).equals(orEmpty(saved.userNameClaim())) || !orEmpty(groupClaim).equals(orEmpty(saved.groupClaim()))
                || !lines(administratorGroups).equals(saved.administratorGroups()) || !lines(supervisorGroups).equals(saved.supervisorGroups());
    }

    private static String input(String field) {
        return switch (field) {
            case "issuer", "clientId", "clientSecret", "scopes", "userNameClaim", "groupClaim", "administratorGroups",
                    "supervisorGroups" -> field;
            default -> null;
        };
    }

    private static List<String> lines(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("\\R")).filter(l -> !l.isBlank()).toList();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public List<String> getStates() { return Arrays.stream(SsoState.values()).map(Enum::name).toList(); }
    public GlobalStateView getSavedState() { return savedState; }
    public IdentityProviderView getSaved() { return saved; }
    public List<ProviderCheck> getChecks() { return checks; }
    public String getState() { return state; }
    public void setState(String v) { state = v; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String v) { issuer = v; }
    public String getClientId() { return clientId; }
    public void setClientId(String v) { clientId = v; }
    public String getClientSecret() { return clientSecret; }
    public void setClientSecret(String v) { clientSecret = v; }
    public String getScopes() { return scopes; }
    public void setScopes(String v) { scopes = v; }
    public String getUserNameClaim() { return userNameClaim; }
    public void setUserNameClaim(String v) { userNameClaim = v; }
    public String getGroupClaim() { return groupClaim; }
    public void setGroupClaim(String v) { groupClaim = v; }
    public String getAdministratorGroups() { return administratorGroups; }
    public void setAdministratorGroups(String v) { administratorGroups = v; }
    public String getSupervisorGroups() { return supervisorGroups; }
    public void setSupervisorGroups(String v) { supervisorGroups = v; }
}
