package org.ccadmin.licensing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.ccadmin.licensing.application.LicensingLogView;
import org.ccadmin.licensing.application.LicensingService;
import org.ccadmin.licensing.application.LicensingStatusView;
import org.ccadmin.licensing.application.TransportView;
import org.ccadmin.licensing.application.UsageSummaryView;
import org.ccadmin.licensing.domain.CaCertificate;
import org.ccadmin.licensing.domain.ConnectionMode;
import org.ccadmin.licensing.domain.DeploymentType;
import org.ccadmin.licensing.domain.LicenseType;
import org.ccadmin.licensing.domain.TransportSettings;
import org.ccadmin.licensing.domain.UsageMode;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;
import org.ccadmin.shared.web.PagedModel;

/**
 * Infrastructure Settings › License Management ({@code /infrastructure/license-management.xhtml}): the Smart
 * Licensing Status panel, the license lines, the actions (Register, Reregister, Deregister, Renew
 * Authorization, Renew Registration), the settings and transport dialogs and the licensing log. Every rule is
 * the service's; this bean only carries the forms and shows refusals where they belong.
 */
@Named
@ViewScoped
public class LicenseManagementBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String STATUS_FORM = "lmStatus";
    static final String SETTINGS_FORM = "settingsForm";
    static final String TRANSPORT_FORM = "transportForm";
    static final String TOKEN_FORM = "tokenForm";

    @Inject
    private LicensingService service;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    private LicensingStatusView status;
    private TransportView transport;
    private UsageSummaryView usage;
    private Integer dialerPorts;

    // settings dialog
    private DeploymentType deploymentType;
    private LicenseType licenseType;
    private UsageMode usageMode;

    // transport dialog
    private ConnectionMode mode;
    private String gatewayUrl;
    private String proxyHost;
    private Integer proxyPort;
    private String caCertificatePem;

    // register / reregister dialog
    private String token;
    private boolean reregistering;

    private final PagedModel<LicensingLogView> log = new PagedModel<>(Set.of("id"), "id") {
        private static final long serialVersionUID = 1L;

        /** Newest first, as in the API: what just happened is at the top. */
        @Override
        protected Page<LicensingLogView> fetch(PageRequest request) {
            return service.log(new PageRequest(request.page(), request.size(), "id", false, request.text()));
        }

        @Override
        protected long idOf(LicensingLogView row) {
            return row.id();
        }
    };

    public LicensingStatusView getStatus() {
        if (status == null) {
            status = service.status();
        }
        return status;
    }

    public TransportView getTransport() {
        if (transport == null) {
            transport = service.transport();
        }
        return transport;
    }

    /** The license consumption summary (per line: usage count, reported usage, status). */
    public UsageSummaryView getUsage() {
        if (usage == null) {
            usage = service.usageSummary();
        }
        return usage;
    }

    /** Which window the summary shows, when the authority last answered and how many reports wait. */
    public String usageText() {
        UsageSummaryView u = getUsage();
        if (u.windowStart() == null) {
            return text.get("lm.usage.none");
        }
        return text.get("lm.usage.window", u.windowStart().toString(), u.windowEnd().toString(),
                u.reportedUntil() == null ? text.get("lm.none") : u.reportedUntil().toString(), String.valueOf(u.queued()));
    }

    /** A push or the Refresh button: read everything again. */
    public void refresh() {
        status = null;
        transport = null;
        usage = null;
    }

    public boolean isRegistered() {
        return !"UNREGISTERED".equals(getStatus().registrationStatus());
    }

    // --- settings

    public void openSettings() {
        refresh();
        LicensingStatusView s = getStatus();
        deploymentType = DeploymentType.valueOf(s.deploymentType());
        licenseType = s.configuredLicenseType() == null ? null : LicenseType.valueOf(s.configuredLicenseType());
        usageMode = s.usageMode() == null ? null : UsageMode.valueOf(s.usageMode());
        dialerPorts = s.dialerPorts();
    }

    public void saveSettings() {
        act(SETTINGS_FORM, "lm.settings.saved", () -> service.changeSettings(ChangeStamp.of(getStatus().changeStamp()),
                deploymentType, licenseType, usageMode, dialerPorts));
    }

    // --- transport

    public void openTransport() {
        refresh();
        TransportView t = getTransport();
        mode = t.mode() == null ? ConnectionMode.DIRECT : ConnectionMode.valueOf(t.mode());
        gatewayUrl = t.gatewayUrl();
        proxyHost = t.proxyHost();
        proxyPort = t.proxyPort();
        caCertificatePem = null;
    }

    public void saveTransport() {
        try {
            TransportSettings settings = switch (mode == null ? ConnectionMode.DIRECT : mode) {
                case DIRECT -> TransportSettings.direct();
                case TRANSPORT_GATEWAY -> new TransportSettings(ConnectionMode.TRANSPORT_GATEWAY, blankToNull(gatewayUrl), null, null);
                case HTTP_PROXY -> new TransportSettings(ConnectionMode.HTTP_PROXY, null, blankToNull(proxyHost), proxyPort);
            };
            // The certificate is checked before anything is saved: a refused one must not leave the new mode saved.
            CaCertificate ca = caCertificatePem == null || caCertificatePem.isBlank() ? null : CaCertificate.parse(caCertificatePem);
            transport = service.configureTransport(ChangeStamp.of(getTransport().changeStamp()), settings);
            if (ca != null) {
                transport = service.trustCaCertificate(ChangeStamp.of(transport.changeStamp()), ca);
            }
            status = null;
            messages.saved(text.get("lm.transport.saved", text.get("lm.mode." + settings.mode().name())));
        } catch (DomainException e) {
            messages.refusedSave(TRANSPORT_FORM, e, LicenseManagementBean::transportInput, text.get("lm.stale"), text.get("lm.stale"));
        }
    }

    public void removeCaCertificate() {
        act(STATUS_FORM, "lm.ca.removed", () -> {
            transport = service.trustCaCertificate(ChangeStamp.of(getTransport().changeStamp()), null);
            return service.status();
        });
    }

    // --- registration

    public void openRegister(boolean again) {
        reregistering = again;
        token = null;
    }

    public void register() {
        String t = token;
        act(TOKEN_FORM, reregistering ? "lm.reregistered" : "lm.registered",
                () -> reregistering ? service.reregister(t) : service.register(t));
    }

    public void deregister() {
        act(STATUS_FORM, "lm.deregistered", service::deregister);
    }

    public void renewAuthorization() {
        act(STATUS_FORM, "lm.authorizationRenewed", service::renewAuthorization);
    }

    public void renewRegistration() {
        act(STATUS_FORM, "lm.registrationRenewed", service::renewRegistration);
    }

    /** Runs one action: on success the status shown is the one it returned; a refusal is shown on its form. */
    private void act(String formId, String doneKey, Supplier<LicensingStatusView> action) {
        try {
            status = action.get();
            transport = null;
            messages.saved(text.get(doneKey));
        } catch (DomainException e) {
            status = null;
            messages.refusedSave(formId, e, LicenseManagementBean::settingsInput, text.get("lm.stale"), text.get("lm.stale"));
        }
    }

    private static String settingsInput(String field) {
        return switch (field) {
            case "deploymentType", "licenseType", "usageMode", "token" -> field;
            default -> null;
        };
    }

    private static String transportInput(String field) {
        return switch (field) {
            case "gatewayUrl", "proxyHost", "proxyPort", "caCertificate" -> field;
            case "mode", "transport" -> "mode";
            default -> null;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // --- choices and texts for the page

    public List<DeploymentType> getDeploymentTypes() {
        return List.of(DeploymentType.values());
    }

    public List<LicenseType> getLicenseTypes() {
        return List.of(LicenseType.values());
    }

    public List<UsageMode> getUsageModes() {
        return List.of(UsageMode.values());
    }

    public List<ConnectionMode> getModes() {
        return List.of(ConnectionMode.values());
    }

    public String licenseTypeText() {
        LicensingStatusView s = getStatus();
        if (s.licenseType() == null) {
            return text.get("lm.notSet");
        }
        String type = LicenseType.valueOf(s.licenseType()).displayText();
        String usage = s.usageMode() == null ? "" : " · " + UsageMode.valueOf(s.usageMode()).displayText();
        return type + usage + (s.licenseTypeForced() ? " " + text.get("lm.forced") : "");
    }

    /** "Evaluation period: 90 days left …" while unregistered and the evaluation runs, else null. */
    public String evaluationText() {
        Long days = getStatus().evaluationRemainingDays();
        return days == null || days <= 0 ? null : text.get("lm.evaluation.remaining", days);
    }

    public String transportText() {
        TransportView t = getTransport();
        if (t.mode() == null) {
            return text.get("lm.notSet");
        }
        ConnectionMode m = ConnectionMode.valueOf(t.mode());
        return switch (m) {
            case DIRECT -> m.displayText();
            case TRANSPORT_GATEWAY -> m.displayText() + " · " + t.gatewayUrl();
            case HTTP_PROXY -> m.displayText() + " · " + t.proxyHost() + ":" + t.proxyPort();
        };
    }

    public PagedModel<LicensingLogView> getLog() { return log; }
    public DeploymentType getDeploymentType() { return deploymentType; }
    public void setDeploymentType(DeploymentType v) { deploymentType = v; }
    public LicenseType getLicenseType() { return licenseType; }
    public void setLicenseType(LicenseType v) { licenseType = v; }
    public UsageMode getUsageMode() { return usageMode; }
    public void setUsageMode(UsageMode v) { usageMode = v; }
    public ConnectionMode getMode() { return mode; }
    public void setMode(ConnectionMode v) { mode = v; }
    public String getGatewayUrl() { return gatewayUrl; }
    public void setGatewayUrl(String v) { gatewayUrl = v; }
    public String getProxyHost() { return proxyHost; }
    public void setProxyHost(String v) { proxyHost = v; }
    public Integer getProxyPort() { return proxyPort; }
    public void setProxyPort(Integer v) { proxyPort = v; }
    public String getCaCertificatePem() { return caCertificatePem; }
    public void setCaCertificatePem(String v) { caCertificatePem = v; }
    public Integer getDialerPorts() { return dialerPorts; }
    public void setDialerPorts(Integer v) { dialerPorts = v; }
    public String getToken() { return token; }
    public void setToken(String v) { token = v; }
    public boolean isReregistering() { return reregistering; }
}
