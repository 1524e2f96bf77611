package org.ccadmin.licensing.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ccadmin.shared.domain.Auditable;

/**
 * The one product instance of the installation as stored: the facts of the {@link ProductInstance} aggregate
 * (which keeps every rule; this class only copies facts in and out), the uploaded CA certificate, the
 * product's Ed25519 key pair and, once registered, the authority's public key. There is exactly one row,
 * {@link #ID}, created at the first start, so the evaluation counts from the installation and survives
 * restarts and redeploys. The keys are never audited.
 */
@Entity
@Table(name = "product_instance")
public class StoredProductInstance implements Auditable {

    public static final int ID = 1;
    public static final String RESOURCE = "product instance";

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "name", nullable = false, length = 255) private String name;
    @Column(name = "first_started_at", nullable = false) private Instant firstStartedAt;

    @Column(name = "evaluation_period", nullable = false, length = 32) private String evaluationPeriod;
    @Column(name = "authorization_renewal_period", nullable = false, length = 32) private String authorizationRenewalPeriod;
    @Column(name = "authorization_expiry_period", nullable = false, length = 32) private String authorizationExpiryPeriod;
    @Column(name = "enforcement_grace_period", nullable = false, length = 32) private String enforcementGracePeriod;
    @Column(name = "registration_renewal_period", nullable = false, length = 32) private String registrationRenewalPeriod;
    @Column(name = "registration_validity_period", nullable = false, length = 32) private String registrationValidityPeriod;
    @Column(name = "period_zone", nullable = false, length = 64) private String periodZone;
    @Column(name = "out_of_compliance_period", nullable = false, length = 32) private String outOfCompliancePeriod;
    @Column(name = "dialer_ports", nullable = false) private int dialerPorts;

    @Enumerated(EnumType.STRING) @Column(name = "deployment_type", nullable = false, length = 32) private DeploymentType deploymentType;
    @Enumerated(EnumType.STRING) @Column(name = "license_type", length = 16) private LicenseType licenseType;
    @Enumerated(EnumType.STRING) @Column(name = "usage_mode", length = 16) private UsageMode usageMode;

    @Enumerated(EnumType.STRING) @Column(name = "transport_mode", length = 32) private ConnectionMode transportMode;
    @Column(name = "gateway_url", length = 255) private String gatewayUrl;
    @Column(name = "proxy_host", length = 255) private String proxyHost;
    @Column(name = "proxy_port") private Integer proxyPort;
    @Column(name = "ca_certificate", length = CaCertificate.MAX_LENGTH) private String caCertificate;

    @Column(name = "cert_instance_id", length = 255) private String certInstanceId;
    @Column(name = "cert_serial_number", length = 255) private String certSerialNumber;
    @Column(name = "cert_smart_account", length = 255) private String certSmartAccount;
    @Column(name = "cert_virtual_account", length = 255) private String certVirtualAccount;
    @Column(name = "cert_export_controlled") private Boolean certExportControlled;
    @Column(name = "cert_issued_at") private Instant certIssuedAt;
    @Column(name = "cert_expires_at") private Instant certExpiresAt;

    @Column(name = "registered_at") private Instant registeredAt;
    @Column(name = "registration_renewed_at") private Instant registrationRenewedAt;
    @Column(name = "authorized_at") private Instant authorizedAt;
    @Column(name = "deregistered_at") private Instant deregisteredAt;
    @Column(name = "observed_at", nullable = false) private Instant observedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_instance_authorization", joinColumns = @JoinColumn(name = "instance_id"))
    private List<StoredAuthorization> authorizations = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_instance_compliance", joinColumns = @JoinColumn(name = "instance_id"))
    private Set<StoredCompliance> compliance = new HashSet<>();

    @Enumerated(EnumType.STRING) @Column(name = "failure_request", length = 32) private AuthorityRequest failureRequest;
    @Column(name = "failure_at") private Instant failureAt;
    @Column(name = "failure_code", length = 64) private String failureCode;
    @Column(name = "failure_message", length = 1000) private String failureMessage;
    @Column(name = "failure_attempts") private Integer failureAttempts;
    @Column(name = "failure_next_attempt_at") private Instant failureNextAttemptAt;

    @Column(name = "product_public_key", nullable = false, length = 500) private String productPublicKey;
    @Column(name = "product_private_key", nullable = false, length = 500) private String productPrivateKey;
    @Column(name = "authority_public_key", length = 500) private String authorityPublicKey;

    @Version
    @Column(name = "change_stamp", nullable = false)
    private long changeStamp;

    protected StoredProductInstance() {
    }

    /**
     * The row for a newly installed instance and its key pair (base64 of the X.509 and PKCS#8 encodings).
     */
    public static StoredProductInstance of(ProductInstance instance, String publicKey, String privateKey) {
        StoredProductInstance s = new StoredProductInstance();
        s.id = ID;
        s.productPublicKey = Objects.requireNonNull(publicKey, "publicKey");
        s.productPrivateKey = Objects.requireNonNull(privateKey, "privateKey");
        s.store(instance);
        return s;
    }

    public ProductInstance toDomain() {
        LicensingPeriods periods = new LicensingPeriods(Period.parse(evaluationPeriod), Period.parse(authorizationRenewalPeriod),
                Period.parse(authorizationExpiryPeriod), Period.parse(enforcementGracePeriod),
                Period.parse(registrationRenewalPeriod), Period.parse(registrationValidityPeriod), ZoneId.of(periodZone),
                Period.parse(outOfCompliancePeriod));
        TransportSettings transport = transportMode == null ? null
                : new TransportSettings(transportMode, gatewayUrl, proxyHost, proxyPort);
        IdCertificate certificate = certInstanceId == null ? null : new IdCertificate(certInstanceId, certSerialNumber,
                certSmartAccount, certVirtualAccount, Boolean.TRUE.equals(certExportControlled), certIssuedAt, certExpiresAt);
        CommunicationFailure failure = failureRequest == null ? null : new CommunicationFailure(failureRequest, failureAt,
                failureCode, failureMessage, failureAttempts, failureNextAttemptAt);
        return ProductInstance.restore(new ProductInstance.Facts(name, firstStartedAt, periods, deploymentType,
                licenseType, usageMode, transport, certificate, registeredAt, registrationRenewedAt,
                authorizations.stream().map(StoredAuthorization::toAuthorization).toList(), authorizedAt,
                deregisteredAt, observedAt, failure,
                compliance.stream().map(StoredCompliance::toCompliance).toList(), dialerPorts));
    }

    /** Copies the aggregate's facts into the row. */
    public void store(ProductInstance instance) {
        ProductInstance.Facts f = instance.facts();
        name = f.name();
        firstStartedAt = f.firstStartedAt();
        LicensingPeriods p = f.periods();
        evaluationPeriod = p.evaluation().toString();
        authorizationRenewalPeriod = p.authorizationRenewal().toString();
        authorizationExpiryPeriod = p.authorizationExpiry().toString();
        enforcementGracePeriod = p.enforcementGrace().toString();
        registrationRenewalPeriod = p.registrationRenewal().toString();
        registrationValidityPeriod = p.registrationValidity().toString();
        periodZone = p.zone().getId();
        outOfCompliancePeriod = p.outOfCompliance().toString();
        dialerPorts = f.dialerPorts();
        deploymentType = f.deploymentType();
        licenseType = f.licenseType();
        usageMode = f.usageMode();
        TransportSettings t = f.transport();
        transportMode = t == null ? null : t.mode();
        gatewayUrl = t == null ? null : t.gatewayUrl();
        proxyHost = t == null ? null : t.proxyHost();
        proxyPort = t == null ? null : t.proxyPort();
        IdCertificate c = f.certificate();
        certInstanceId = c == null ? null : c.instanceId();
        certSerialNumber = c == null ? null : c.serialNumber();
        certSmartAccount = c == null ? null : c.smartAccount();
        certVirtualAccount = c == null ? null : c.virtualAccount();
        certExportControlled = c == null ? null : c.exportControlled();
        certIssuedAt = c == null ? null : c.issuedAt();
        certExpiresAt = c == null ? null : c.expiresAt();
        registeredAt = f.registeredAt();
        registrationRenewedAt = f.renewedAt();
        authorizedAt = f.authorizedAt();
        deregisteredAt = f.deregisteredAt();
        observedAt = f.observedAt();
        authorizations.clear();
        f.authorizations().forEach(a -> authorizations.add(new StoredAuthorization(a)));
        compliance.clear();
        f.compliance().forEach(line -> compliance.add(new StoredCompliance(line)));
        CommunicationFailure e = f.failure();
        failureRequest = e == null ? null : e.request();
        failureAt = e == null ? null : e.at();
        failureCode = e == null ? null : e.code();
        failureMessage = e == null ? null : e.message();
        failureAttempts = e == null ? null : e.attempts();
        failureNextAttemptAt = e == null ? null : e.nextAttemptAt();
        if (c == null) {
            // Unregistered: the next registration may be with another authority, whose key its token names.
            authorityPublicKey = null;
        }
    }

    /** The uploaded CA certificate for HTTPS, or null. */
    public CaCertificate caCertificate() {
        return caCertificate == null ? null : CaCertificate.parse(caCertificate);
    }

    public void trustCaCertificate(CaCertificate certificate) {
        caCertificate = certificate == null ? null : certificate.pem();
    }

    /** The authority's key, learnt from the register response whose signature the token vouched for. */
    public void trustAuthorityKey(String publicKey) {
        authorityPublicKey = Objects.requireNonNull(publicKey, "publicKey");
    }

    public String productPublicKey() { return productPublicKey; }
    public String productPrivateKey() { return productPrivateKey; }
    public String authorityPublicKey() { return authorityPublicKey; }
    public long changeStamp() { return changeStamp; }

    @Override
    public String auditType() {
        return "licensing";
    }

    @Override
    public Long auditId() {
        return (long) ID;
    }

    @Override
    public String auditName() {
        return name;
    }

    /** What an administrator configured or did (registered where), never the keys or the authority's answers. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("deploymentType", deploymentType == null ? null : deploymentType.name());
        s.put("licenseType", licenseType == null ? null : licenseType.name());
        s.put("usageMode", usageMode == null ? null : usageMode.name());
        s.put("transportMode", transportMode == null ? null : transportMode.name());
        s.put("gatewayUrl", gatewayUrl);
        s.put("proxyHost", proxyHost);
        s.put("proxyPort", proxyPort);
        s.put("dialerPorts", dialerPorts);
        CaCertificate ca = caCertificate();
        s.put("caCertificate", ca == null ? null : ca.subject());
        s.put("registered", certInstanceId != null);
        s.put("smartAccount", certSmartAccount);
        s.put("virtualAccount", certVirtualAccount);
        return s;
    }
}
