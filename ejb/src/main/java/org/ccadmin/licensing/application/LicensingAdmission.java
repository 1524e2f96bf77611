package org.ccadmin.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.ccadmin.agents.domain.AgentAdmission;
import org.ccadmin.licensing.domain.Enforcement;
import org.ccadmin.licensing.domain.LicensingEnforcedException;
import org.ccadmin.licensing.domain.StoredProductInstance;
import org.ccadmin.licensing.infrastructure.JpaProductInstances;

/**
 * The licensing rule for adding agents: while the product instance is in the Enforcement state (evaluation
 * expiry, authorization expiry, Out-of-Compliance expiry) no agent may be added, on any path (REST, console,
 * bulk rows); existing agents and every other operation keep working. The state is derived at clock time on
 * every request, so leaving enforcement (register, renew, a purchase the next usage report sees) lifts the
 * block at once, on every node.
 */
@ApplicationScoped
public class LicensingAdmission implements AgentAdmission {

    @Inject
    private JpaProductInstances store;

    @Inject
    private Clock clock;

    @Override
    public void admit(int count) {
        Enforcement enforcement = store.find().map(StoredProductInstance::toDomain)
                .map(p -> p.status(clock.instant()).enforcement()).orElse(null);
        if (enforcement != null) {
            throw new LicensingEnforcedException(enforcement, count);
        }
    }
}
