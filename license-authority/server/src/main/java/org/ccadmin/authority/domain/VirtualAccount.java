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

/**
 * A division of a smart account: its purchased licenses form one pool shared by every product instance
 * registered into it, and its tokens register instances into it. Names are unique within the smart account.
 */
@Entity
@Table(name = "authority_virtual_account")
@NamedQuery(name = "VirtualAccount.ofAccount",
        query = "select v from VirtualAccount v where v.smartAccount.id = :account order by v.nameKey")
@NamedQuery(name = "VirtualAccount.byNameKey",
        query = "select v from VirtualAccount v where v.smartAccount.id = :account and v.nameKey = :key")
public class VirtualAccount {

    public static final String DEFAULT_NAME = "DEFAULT";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_id")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "smart_account_id", nullable = false)
    private SmartAccount smartAccount;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected VirtualAccount() {
    }

    private VirtualAccount(SmartAccount smartAccount, String name, Instant now) {
        this.smartAccount = smartAccount;
        this.name = name;
        this.nameKey = Names.key(name);
        this.createdAt = now;
    }

    public static VirtualAccount defaultOf(SmartAccount account, Instant now) {
        return new VirtualAccount(account, DEFAULT_NAME, now);
    }

    /** The caller checks uniqueness of the name within the account (a query), then creates. */
    public static VirtualAccount create(SmartAccount account, String name, Instant now) {
        Checks checks = new Checks();
        String valid = checks.name("name", name, Names.MAX);
        checks.throwIfAny();
        return new VirtualAccount(account, valid, now);
    }

    public static String keyOf(String name) {
        return Names.key(name);
    }

    public Long id() {
        return id;
    }

    public SmartAccount smartAccount() {
        return smartAccount;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
