package org.ccadmin.sso.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A console sign-in sent to the identity provider and not yet back: the {@code state} parameter (the key), the
 * nonce the ID token must carry, the PKCE code verifier and the page the user wanted. Kept in the database
 * because another node of a cluster may receive the callback. It is used once (the callback deletes it) and
 * only within {@link #LIFETIME}: a replayed or late callback finds nothing. It belongs to the browser that
 * started it: {@code browserBinding} is the digest of a random value that only that browser holds (a cookie), so
 * a callback link someone else obtained (login CSRF, a leaked address) does not sign a different browser in.
 * <p>
 * Anyone can start a sign-in without being signed in, so at most {@link #MAX_IN_PROGRESS} may be pending at
 * once: a flood of starts cannot grow the table without bound. Completed ones are deleted at their callback,
 * so only abandoned ones (closed browser, refused at the provider) and the flood itself take room, and expired
 * ones are removed before counting.
 */
@Entity
@Table(name = "sso_pending_sign_in")
public class PendingSignIn {

    public static final Duration LIFETIME = Duration.ofMinutes(10);
    /**
     * Far above what a contact center's administrators and supervisors start in {@link #LIFETIME} (even a whole
     * shift signing in at once finishes in seconds and frees its rows), small enough that the table stays tiny.
     */
    public static final int MAX_IN_PROGRESS = 1000;

    @Id
    @Column(name = "state", length = 64)
    private String state;

    @Column(name = "nonce", nullable = false, length = 64) private String nonce;
    @Column(name = "code_verifier", nullable = false, length = 128) private String codeVerifier;
    @Column(name = "target", length = 2000) private String target;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "browser_binding", nullable = false, length = 64) private String browserBinding;

    protected PendingSignIn() {
    }

    public PendingSignIn(String state, String nonce, String codeVerifier, String target, Instant createdAt, String browserBinding) {
        this.browserBinding = Objects.requireNonNull(browserBinding);
        this.state = Objects.requireNonNull(state);
        this.nonce = Objects.requireNonNull(nonce);
        this.codeVerifier = Objects.requireNonNull(codeVerifier);
        this.target = target != null && target.length() <= 2000 ? target : null;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Sign-ins created before this instant have expired. */
    public static Instant expiredBefore(Instant now) {
        return now.minus(LIFETIME);
    }

    /** Refuses one more sign-in while {@code inProgress} unexpired ones are pending (counted across the cluster). */
    public static void admitAnother(long inProgress) {
        if (inProgress >= MAX_IN_PROGRESS) {
            throw SignInRefusedException.refused("Too many sign-ins through the identity provider are in progress right now"
                    + " (" + MAX_IN_PROGRESS + " started in the last " + LIFETIME.toMinutes() + " minutes and not completed)."
                    + " Try again shortly.");
        }
    }

    /** Whether the browser presenting the callback holds this sign-in's binding (compared in constant time). */
    public boolean boundTo(String binding) {
        return binding != null && java.security.MessageDigest.isEqual(
                browserBinding.getBytes(java.nio.charset.StandardCharsets.US_ASCII), binding.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public boolean expired(Instant now) {
        return createdAt.isBefore(expiredBefore(now));
    }

    public String state() { return state; }
    public String nonce() { return nonce; }
    public String codeVerifier() { return codeVerifier; }
    public String target() { return target; }
    public Instant createdAt() { return createdAt; }
}
