package org.ccadmin.sso.domain;

import java.util.List;

/**
 * A change of the identity provider settings as a PUT or the settings form carries it: a null field stays as
 * it is, an empty text clears an optional one ({@code clientSecret} "" removes the secret), a list replaces.
 */
public record IdentityProviderChange(String issuer, String clientId, String clientSecret, String scopes,
        String userNameClaim, String groupClaim, List<String> administratorGroups, List<String> supervisorGroups) {
}
