package org.ccadmin.authority.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ccadmin.authority.domain.IssuedToken;
import org.ccadmin.licensing.protocol.RegistrationToken;

/** Registration tokens of a virtual account: made (the text shown once), listed, revoked. */
@Stateless
@RolesAllowed(AdministratorCredentials.ROLE)
public class TokenService {

    @Inject
    private Repository repository;

    @Inject
    private AuthorityKeys keys;

    @Inject
    private Clock clock;

    /** The answer is the only place the token's text ever appears. */
    public TokenView create(long virtualAccountId, IssuedToken.Request request) {
        Instant now = clock.instant();
        RegistrationToken token = RegistrationToken.issue(keys.keyPair().getPublic());
        IssuedToken issued = IssuedToken.issue(repository.virtualAccount(virtualAccountId), request, token.lookupKey(), token.text(), now);
        return TokenView.withText(repository.persist(issued), now, token.text());
    }

    public List<TokenView> tokens(long virtualAccountId) {
        repository.virtualAccount(virtualAccountId);
        Instant now = clock.instant();
        return repository.tokens(virtualAccountId).stream().map(t -> TokenView.of(t, now)).toList();
    }

    public TokenView revoke(long tokenId) {
        Instant now = clock.instant();
        IssuedToken token = repository.token(tokenId);
        token.revoke(now);
        return TokenView.of(token, now);
    }
}
