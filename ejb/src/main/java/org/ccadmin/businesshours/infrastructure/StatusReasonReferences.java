package org.ccadmin.businesshours.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.ccadmin.businesshours.domain.BusinessHour;
import org.ccadmin.businesshours.domain.BusinessHours;
import org.ccadmin.businesshours.domain.StatusReasons;
import org.ccadmin.shared.domain.Reference;
import org.ccadmin.shared.domain.ReferenceFinder;

/** Business hours that give a status reason (forced, or on a special day): deleting that reason is refused. */
@ApplicationScoped
public class StatusReasonReferences implements ReferenceFinder {

    @Inject
    private BusinessHours hours;

    @Inject
    private StatusReasons reasons;

    @Override
    public List<Reference> referencesTo(String resourceType, long id) {
        if (!"statusReason".equals(resourceType)) {
            return List.of();
        }
        return reasons.find(id).map(r -> hours.usingReason(r.code()).stream()
                .map(b -> new Reference(BusinessHour.RESOURCE, b.id(), b.name())).toList()).orElse(List.of());
    }
}
