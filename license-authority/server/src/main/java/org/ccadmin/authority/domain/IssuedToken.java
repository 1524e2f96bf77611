package org.ccadmin.authority.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.Period;
import org.ccadmin.licensing.protocol.ProtocolException;

/**
 * A product instance registration token of a virtual account, as the authority remembers it: only the
 * digest of its id ({@code lookupKey}) and the first characters of its text ({@code hint}, to tell tokens
 * apart in a list), never the token itself, which is shown once when it is made. Each successful
 * registration uses it once; it stops working when expired, revoked or used up.
 */
@Entity
@Table(name = "authority_token")
@NamedQuery(name = "IssuedToken.ofVirtualAccount",
        query = "select t from IssuedToken t where t.virtualAccount.id = :virtualAccount order by t.createdAt desc, t.id desc")
@NamedQuery(name = "IssuedToken.byLookupKey", query = "select t from IssuedToken t where t.lookupKey = :key")
public class IssuedToken {

    public static final int DESCRIPTION_MAX = 255;
    public static final int MAX_USES_LIMIT = 10_000;
    public static final int HINT_LENGTH = 8;

    public enum Status { ACTIVE, EXPIRED, REVOKED, EXHAUSTED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_id")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "virtual_account_id", nullable = false)
    private VirtualAccount virtualAccount;

    @Column(name = "lookup_key", nullable = false, unique = true)
    private String lookupKey;

    @Column(name = "hint", nullable = false)
    private String hint;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "max_uses", nullable = false)
    private int maxUses;

    @Column(name = "uses", nullable = false)
    private int uses;

    @Column(name = "export_controlled", nullable = false)
    private boolean exportControlled;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected IssuedToken() {
    }

    /** What the administrator asks for; absent values take the defaults. */
    public record Request(String description, Integer expiresAfterDays, Integer maxUses, Boolean exportControlled) {
    }

    public static IssuedToken issue(VirtualAccount account, Request request, String lookupKey, String tokenText, Instant now) {
        Checks checks = new Checks();
        String description = request.description() == null ? "" : request.description().strip();
        if (description.length() > DESCRIPTION_MAX) {
            checks.add("description", "invalidInput.tooLong", "description must be at most " + DESCRIPTION_MAX + " characters.");
        }
        int days = request.expiresAfterDays() == null ? AuthorityPeriods.TOKEN_DEFAULT_VALIDITY_DAYS : request.expiresAfterDays();
        if (days < 1 || days > AuthorityPeriods.TOKEN_MAX_VALIDITY_DAYS) {
            checks.add("expiresAfterDays", "invalidInput.outOfRange",
                    "expiresAfterDays must be between 1 and " + AuthorityPeriods.TOKEN_MAX_VALIDITY_DAYS + ".");
        }
        int maxUses = request.maxUses() == null ? AuthorityPeriods.TOKEN_DEFAULT_MAX_USES : request.maxUses();
        if (maxUses < 1 || maxUses > MAX_USES_LIMIT) {
            checks.add("maxUses", "invalidInput.outOfRange", "maxUses must be between 1 and " + MAX_USES_LIMIT + ".");
        }
        checks.throwIfAny();
        IssuedToken t = new IssuedToken();
        t.virtualAccount = account;
        t.lookupKey = lookupKey;
        t.hint = tokenText.substring(0, HINT_LENGTH);
        t.description = description;
        t.createdAt = now;
        t.expiresAt = AuthorityPeriods.after(now, Period.ofDays(days));
        t.maxUses = maxUses;
        t.exportControlled = request.exportControlled() == null || request.exportControlled();
        return t;
    }

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        if (!now.isBefore(expiresAt)) {
            return Status.EXPIRED;
        }
        if (uses >= maxUses) {
            return Status.EXHAUSTED;
        }
        return Status.ACTIVE;
    }

    /** One registration with this token; refused with the protocol's token codes when it no longer works. */
    public void use(Instant now) {
        switch (status(now)) {
            case REVOKED -> throw new ProtocolException(ProtocolException.TOKEN_REVOKED, "The registration token was revoked.");
            case EXPIRED -> throw new ProtocolException(ProtocolException.TOKEN_EXPIRED, "The registration token expired at " + expiresAt + ".");
            case EXHAUSTED -> throw new ProtocolException(ProtocolException.TOKEN_EXHAUSTED,
                    "The registration token has been used its maximum of " + maxUses + " time(s).");
            case ACTIVE -> uses++;
        }
    }

    public void revoke(Instant now) {
        if (revokedAt != null) {
            throw new ConflictException("conflict.alreadyRevoked", "The token was already revoked at " + revokedAt + ".");
        }
        revokedAt = now;
    }

    public Long id() {
        return id;
    }

    public VirtualAccount virtualAccount() {
        return virtualAccount;
    }

    public String hint() {
        return hint;
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public int maxUses() {
        return maxUses;
    }

    public int uses() {
        return uses;
    }

    public boolean exportControlled() {
        return exportControlled;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
