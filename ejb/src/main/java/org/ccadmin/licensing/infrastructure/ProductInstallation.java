package org.ccadmin.licensing.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import org.ccadmin.licensing.domain.DeploymentType;
import org.ccadmin.licensing.domain.LicensingLogEntry;
import org.ccadmin.licensing.domain.LicensingLogKind;
import org.ccadmin.licensing.domain.LicensingPeriods;
import org.ccadmin.licensing.domain.ProductInstance;
import org.ccadmin.licensing.domain.StoredProductInstance;
import org.ccadmin.licensing.protocol.SigningKeys;

/** Creates the product instance row at the installation's first start, in a transaction of its own. */
@Stateless
public class ProductInstallation {

    @Inject
    private JpaProductInstances instances;

    @Inject
    private Clock clock;

    /** Whether the row exists. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean installed() {
        return instances.find().isPresent();
    }

    /**
     * Inserts the row with a fresh Ed25519 key pair (made here, never hard-coded). Two nodes starting together may both try; the fixed primary key lets
     * only one insert succeed, and the other's transaction fails and is ignored by the caller.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void install(String name, DeploymentType deploymentType, LicensingPeriods periods) {
        Instant now = clock.instant();
        KeyPair keys = SigningKeys.generate();
        instances.add(StoredProductInstance.of(ProductInstance.install(name, deploymentType, now, periods),
                SigningKeys.encodePublic(keys.getPublic()), SigningKeys.encodePrivate(keys.getPrivate())));
        instances.append(new LicensingLogEntry(now, LicensingLogKind.TRANSITION,
                "Installed: the evaluation period starts now", "Product instance " + name + ", deployment type "
                        + deploymentType.displayText() + ", evaluation until "
                        + periods.after(now, periods.evaluation()) + "."));
    }
}
