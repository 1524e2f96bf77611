package org.ccadmin.sso.application;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * The end of a console sign-in through the identity provider: who (user name, roles, the ID token for the
 * sign-out hint) or, when {@code refusal} is set, why not and where the user wanted to go. {@code agent}: the
 * user is an agent (a supervisor), whose session {@link ConsoleSessionCheck} re-checks with the token's
 * {@code groups} on each request.
 */
public record ConsoleSignIn(String userName, Set<String> roles, String idToken, String target, String refusal,
        boolean agent, List<String> groups) {

    static ConsoleSignIn refused(String reason) {
        return new ConsoleSignIn(null, Set.of(), null, null, reason, false, List.of());
    }

    public boolean accepted() {
        return refusal == null;
    }

    /** Where the browser goes to start: the identity provider's authorization endpoint with the request. */
    public record Start(URI authorizationRequest) {
    }
}
