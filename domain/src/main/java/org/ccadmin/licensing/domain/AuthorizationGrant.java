package org.ccadmin.licensing.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ccadmin.shared.domain.InvalidInputException;

/** The authority's latest answers per license line and when they arrived (the last contact that authorized). */
record AuthorizationGrant(Map<Entitlement, Authorization> byEntitlement, Instant authorizedAt) {

    static AuthorizationGrant of(List<Authorization> authorizations, Instant now) {
        if (authorizations == null) {
            throw InvalidInputException.of("authorizations", "invalidInput.fieldRequired", "authorizations is required.");
        }
        Map<Entitlement, Authorization> map = new EnumMap<>(Entitlement.class);
        for (Authorization a : authorizations) {
            if (map.put(a.entitlement(), a) != null) {
                throw InvalidInputException.of("authorizations", "invalidInput.duplicate",
                        "The authority answered twice for " + a.entitlement().displayText() + ".");
            }
        }
        return new AuthorizationGrant(Collections.unmodifiableMap(map), now);
    }

    Authorization get(Entitlement entitlement) {
        return byEntitlement.get(entitlement);
    }
}
