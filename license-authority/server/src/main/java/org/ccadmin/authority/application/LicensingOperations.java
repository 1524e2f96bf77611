package org.ccadmin.authority.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccadmin.authority.domain.Compliance;
import org.ccadmin.authority.domain.Entitlement;
import org.ccadmin.authority.domain.IssuedToken;
import org.ccadmin.authority.domain.LicenseType;
import org.ccadmin.authority.domain.PoolLine;
import org.ccadmin.authority.domain.PoolWindow;
import org.ccadmin.authority.domain.RegisteredInstance;
import org.ccadmin.authority.domain.UsageMode;
import org.ccadmin.licensing.protocol.AuthorizeRequest;
import org.ccadmin.licensing.protocol.Authorized;
import org.ccadmin.licensing.protocol.Authorization;
import org.ccadmin.licensing.protocol.Certificate;
import org.ccadmin.licensing.protocol.ProtocolException;
import org.ccadmin.licensing.protocol.RegisterRequest;
import org.ccadmin.licensing.protocol.Registered;
import org.ccadmin.licensing.protocol.RegistrationRenewed;
import org.ccadmin.licensing.protocol.RegistrationToken;
import org.ccadmin.licensing.protocol.SigningKeys;

/**
 * What each verified request does, one transaction each: a {@link ProtocolException} rolls it back (a token
 * is not used up by a registration that fails later). Called only by {@link SmartLicensingExchange}, after
 * the signature, freshness and replay checks.
 */
@ApplicationScoped
@Transactional
public class LicensingOperations {

    static final String REGISTRATION_EXPIRED = "registration.expired";
    private static final int NAME_MAX = 255;

    @Inject
    private Repository repository;

    @Inject
    private AuthorityKeys keys;

    /** The key that signs an active instance's requests. */
    public PublicKey instanceKey(String instanceId) {
        return SigningKeys.decodePublic(active(instanceId).publicKey());
    }

    public Registered register(RegisterRequest request, Instant now) {
        PublicKey authorityKey = keys.keyPair().getPublic();
        RegistrationToken token = RegistrationToken.parse(request.token());
        IssuedToken issued = token.isIssuedBy(authorityKey) ? repository.tokenByLookupKey(token.lookupKey()).orElse(null) : null;
        if (issued == null) {
            throw new ProtocolException(ProtocolException.TOKEN_UNKNOWN, "This authority did not issue the registration token.");
        }
        LicenseType type = enumValue(LicenseType.class, "licenseType", request.licenseType());
        UsageMode mode = enumValue(UsageMode.class, "usageMode", request.usageMode());
        List<Entitlement> entitlements = entitlements(request.entitlements());
        String name = request.productInstanceName().strip();
        if (name.length() > NAME_MAX) {
            throw new ProtocolException(ProtocolException.MALFORMED, "productInstanceName is longer than " + NAME_MAX + " characters.");
        }
        if (request.deploymentType().length() > 40) {
            throw new ProtocolException(ProtocolException.MALFORMED, "deploymentType is longer than 40 characters.");
        }
        issued.use(now);
        RegisteredInstance instance = repository.persist(RegisteredInstance.register(issued, name, request.publicKey(), type, mode,
                request.deploymentType(), entitlements, now));
        List<Authorization> authorizations = authorize(instance, type, mode, entitlements, now);
        return new Registered(SigningKeys.encodePublic(authorityKey), instance.certificate(now), authorizations);
    }

    public RegistrationRenewed renewRegistration(String instanceId, Instant now) {
        RegisteredInstance instance = current(instanceId, now);
        instance.renewRegistration(now);
        Certificate certificate = instance.certificate(now);
        return new RegistrationRenewed(certificate);
    }

    public Authorized authorize(AuthorizeRequest request, Instant now) {
        RegisteredInstance instance = current(request.instanceId(), now);
        LicenseType type = enumValue(LicenseType.class, "licenseType", request.licenseType());
        UsageMode mode = enumValue(UsageMode.class, "usageMode", request.usageMode());
        return new Authorized(authorize(instance, type, mode, entitlements(request.entitlements()), now));
    }

    public void deregister(String instanceId, Instant now) {
        active(instanceId).remove(now);
    }

    private List<Authorization> authorize(RegisteredInstance instance, LicenseType type, UsageMode mode,
            List<Entitlement> entitlements, Instant now) {
        instance.authorized(type, mode, entitlements, now);
        long account = instance.virtualAccount().id();
        return Compliance.decide(entitlements, type, mode, repository.purchases(account), outOfCompliance(account, type, mode), now);
    }

    /** The lines of the instance's type and mode whose pool state (after the newest reported window) is out of compliance. */
    private Set<Entitlement> outOfCompliance(long account, LicenseType type, UsageMode mode) {
        return repository.currentPoolWindows(account).stream().filter(w -> w.state().outOfCompliance())
                .map(PoolWindow::line).filter(l -> l.licenseType() == type && l.usageMode() == mode)
                .map(PoolLine::entitlement).collect(Collectors.toSet());
    }

    private RegisteredInstance active(String instanceId) {
        return repository.instanceById(instanceId).filter(i -> i.status() == RegisteredInstance.Status.ACTIVE)
                .orElseThrow(() -> new ProtocolException(ProtocolException.INSTANCE_UNKNOWN,
                        "No registered product instance " + instanceId + " (never registered, deregistered or removed)."));
    }

    /** Active and with a certificate in force: after a year without renewal the product must register again. */
    RegisteredInstance current(String instanceId, Instant now) {
        RegisteredInstance instance = active(instanceId);
        if (!instance.certificateValidAt(now)) {
            throw new ProtocolException(REGISTRATION_EXPIRED, "The ID certificate expired at " + instance.certificateExpiresAt()
                    + "; register the product instance again with a new token.");
        }
        return instance;
    }

    private static List<Entitlement> entitlements(List<String> names) {
        return names.stream().distinct().map(n -> enumValue(Entitlement.class, "entitlements", n)).toList();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(ProtocolException.MALFORMED, field + " has the unknown value '" + name + "'.");
        }
    }
}
