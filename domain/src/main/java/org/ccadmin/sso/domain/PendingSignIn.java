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
 * Anyone can start a sign-in without being signed in, so at most a cap of unexpired ones stay pending
 * ({@link #CAP_PROPERTY}, {@value #DEFAULT_CAP} by default): when the table is full the oldest are evicted
 * ({@link #toEvict}) rather than the new one refused. Refusing would let a modest flood of anonymous starts
 * block every real sign-in of the cluster; evicting means a flood must start more than the cap within a
 * person's time at the identity provider to push that person's sign-in out, and the table still stays bounded.
 * Completed ones are deleted at their callback and expired ones are removed before counting.
 */
@Entity
@Table(name = "sso_pending_sign_in")
public class PendingSignIn {

    public static final Duration LIFETIME = Duration.ofMinutes(10);
    /** The system property that sets the cap of pending sign-ins (read once per node at start). */
    public static final String CAP_PROPERTY = "ccadmin.sso.max-pending-sign-ins";
    /**
     * High enough that a flood has to start more than about 1,600 sign-ins a second to evict a person's sign-in
     * of one minute, small enough that the table stays in the tens of megabytes.
     */
    public static final int DEFAULT_CAP = 100_000;

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

    /**
     * The cap {@code configured} in {@link #CAP_PROPERTY}: {@link #DEFAULT_CAP} when absent or blank, otherwise a
     * whole number of at least 1; anything else is refused naming the property, so a typo does not go unnoticed.
     */
    public static int cap(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_CAP;
        }
        try {
            int cap = Integer.parseInt(configured.strip());
            if (cap >= 1) {
                return cap;
            }
        } catch (NumberFormatException e) {
            // Refused below with the same message as a number below 1.
        }
        throw new IllegalArgumentException("The system property " + CAP_PROPERTY + " must be a whole number of at least 1"
                + " (the most sign-ins through the identity provider pending at once), not '" + configured + "'.");
    }

    /**
     * How many of the oldest pending sign-ins to evict so that one more fits when {@code pending} unexpired ones
     * are pending (counted across the cluster) under {@code cap}: none while there is room. More than one only
     * when the cap was lowered since the table filled.
     */
    public static int toEvict(long pending, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("The cap of pending sign-ins must be at least 1, not " + cap + ".");
        }
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, pending + 1 - cap));
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
