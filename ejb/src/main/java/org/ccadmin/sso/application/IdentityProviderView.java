package org.ccadmin.sso.application;

import java.util.List;
import org.ccadmin.sso.domain.IdentityProvider;

/** The identity provider settings as pages and the API show them: the client secret only as "set or not". */
public record IdentityProviderView(String issuer, String clientId, boolean clientSecretSet, String scopes,
        String userNameClaim, String groupClaim, List<String> administratorGroups, List<String> supervisorGroups,
        boolean configured, long changeStamp) {

    static IdentityProviderView of(IdentityProvider p) {
        return new IdentityProviderView(p.issuer(), p.clientId(), p.clientSecretSet(), p.scopes(), p.userNameClaim(),
                p.groupClaim(), p.administratorGroups(), p.supervisorGroups(), p.isConfigured(), p.changeStamp());
    }
}
