package org.ccadmin.licensing.application;

import java.util.List;
import org.ccadmin.licensing.domain.Authorization;
import org.ccadmin.licensing.domain.IdCertificate;

/** A successful register: the ID certificate, the first authorization and the authority's key the token vouched for. */
public record AuthorityRegistration(IdCertificate certificate, List<Authorization> authorizations, String authorityPublicKey) {

    public AuthorityRegistration {
        authorizations = List.copyOf(authorizations);
    }
}
