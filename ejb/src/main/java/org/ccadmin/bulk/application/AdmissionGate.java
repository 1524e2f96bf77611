package org.ccadmin.bulk.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ccadmin.agents.domain.AgentAdmission;
import org.ccadmin.shared.domain.DomainException;

/**
 * Asks {@link AgentAdmission} for a chunk's new agents in a transaction of its own, so that a refusal (an
 * application exception that rolls back whatever transaction it crosses) fails those rows only and never
 * the chunk's other rows.
 */
@Stateless
@PermitAll
public class AdmissionGate {

    @Inject
    private AgentAdmission admission;

    /** Empty when admitted; otherwise the refusal's message. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> admit(int count) {
        try {
            admission.admit(count);
            return Optional.empty();
        } catch (DomainException e) {
            return Optional.of(e.getMessage());
        }
    }
}
