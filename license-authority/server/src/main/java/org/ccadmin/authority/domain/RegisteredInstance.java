package org.ccadmin.authority.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.ccadmin.licensing.protocol.Certificate;
import org.ccadmin.licensing.protocol.ProtocolException;

/**
 * A product instance registered into a virtual account: its identity (instance id and serial number, both
 * given by the authority), the public key that signs its requests, and what it last asked for. Removed
 * instances (deregistered by the product, or removed by the administrator) stay for the record but are
 * unknown to the protocol.
 */
@Entity
@Table(name = "authority_product_instance")
@NamedQuery(name = "RegisteredInstance.byInstanceId", query = "select i from RegisteredInstance i where i.instanceId = :instanceId")
@NamedQuery(name = "RegisteredInstance.ofVirtualAccount",
        query = "select i from RegisteredInstance i where i.virtualAccount.id = :virtualAccount order by i.registeredAt desc, i.id desc")
public class RegisteredInstance {

    public enum Status { ACTIVE, REMOVED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_id")
    @Column(name = "id")
    private Long id;

    @Column(name = "instance_id", nullable = false, unique = true)
    private String instanceId;

    @Column(name = "serial_number", nullable = false, unique = true)
    private String serialNumber;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "public_key", nullable = false)
    private String publicKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "virtual_account_id", nullable = false)
    private VirtualAccount virtualAccount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "token_id")
    private IssuedToken token;

    @Column(name = "export_controlled", nullable = false)
    private boolean exportControlled;

    @Enumerated(EnumType.STRING)
    @Column(name = "license_type", nullable = false)
    private LicenseType licenseType;

    @Enumerated(EnumType.STRING)
    @Column(name = "usage_mode", nullable = false)
    private UsageMode usageMode;

    @Column(name = "deployment_type", nullable = false)
    private String deploymentType;

    /** The entitlement names last requested, comma-separated (shown to the administrator). */
    @Column(name = "entitlements", nullable = false)
    private String entitlements;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "renewed_at")
    private Instant renewedAt;

    @Column(name = "last_authorized_at")
    private Instant lastAuthorizedAt;

    @Column(name = "certificate_expires_at", nullable = false)
    private Instant certificateExpiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RegisteredInstance() {
    }

    /** A registration with {@code token} (already used once for it); the certificate runs from now. */
    public static RegisteredInstance register(IssuedToken token, String name, String publicKey, LicenseType licenseType,
            UsageMode usageMode, String deploymentType, List<Entitlement> entitlements, Instant now) {
        RegisteredInstance i = new RegisteredInstance();
        i.instanceId = UUID.randomUUID().toString();
        i.serialNumber = newSerialNumber();
        i.name = name.strip();
        i.publicKey = publicKey;
        i.virtualAccount = token.virtualAccount();
        i.token = token;
        i.exportControlled = token.exportControlled();
        i.deploymentType = deploymentType;
        i.registeredAt = now;
        i.status = Status.ACTIVE;
        i.certificateExpiresAt = AuthorityPeriods.after(now, AuthorityPeriods.CERTIFICATE_VALIDITY);
        i.requested(licenseType, usageMode, entitlements);
        return i;
    }

    /** A new ID certificate from now. */
    public void renewRegistration(Instant now) {
        checkActive();
        renewedAt = now;
        certificateExpiresAt = AuthorityPeriods.after(now, AuthorityPeriods.CERTIFICATE_VALIDITY);
    }

    public void authorized(LicenseType type, UsageMode mode, List<Entitlement> requested, Instant now) {
        checkActive();
        requested(type, mode, requested);
        lastAuthorizedAt = now;
    }

    /** Deregistration by the product, or removal by the administrator: the licenses are released. */
    public void remove(Instant now) {
        if (status == Status.REMOVED) {
            throw new ConflictException("conflict.alreadyRemoved", "The product instance was already removed at " + removedAt + ".");
        }
        status = Status.REMOVED;
        removedAt = now;
    }

    /** Whether the certificate still identifies the instance at {@code now}. */
    public boolean certificateValidAt(Instant now) {
        return now.isBefore(certificateExpiresAt);
    }

    public Certificate certificate(Instant issuedAt) {
        return new Certificate(instanceId, serialNumber, virtualAccount.smartAccount().name(), virtualAccount.name(),
                exportControlled, issuedAt, certificateExpiresAt);
    }

    private void checkActive() {
        if (status != Status.ACTIVE) {
            throw new ProtocolException(ProtocolException.INSTANCE_UNKNOWN, "The product instance is not registered (it was removed).");
        }
    }

    private void requested(LicenseType type, UsageMode mode, List<Entitlement> wanted) {
        this.licenseType = type;
        this.usageMode = mode;
        this.entitlements = String.join(",", wanted.stream().map(Enum::name).toList());
    }

    /** Like the vendor's: letters and digits, unique (checked by the database). */
    private static String newSerialNumber() {
        return "CCA" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(java.util.Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public String instanceId() {
        return instanceId;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public String name() {
        return name;
    }

    public String publicKey() {
        return publicKey;
    }

    public VirtualAccount virtualAccount() {
        return virtualAccount;
    }

    public boolean exportControlled() {
        return exportControlled;
    }

    public LicenseType licenseType() {
        return licenseType;
    }

    public UsageMode usageMode() {
        return usageMode;
    }

    public String deploymentType() {
        return deploymentType;
    }

    public List<String> entitlements() {
        return entitlements.isEmpty() ? List.of() : Arrays.asList(entitlements.split(","));
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant renewedAt() {
        return renewedAt;
    }

    public Instant lastAuthorizedAt() {
        return lastAuthorizedAt;
    }

    public Instant certificateExpiresAt() {
        return certificateExpiresAt;
    }

    public Status status() {
        return status;
    }

    public Instant removedAt() {
        return removedAt;
    }
}
