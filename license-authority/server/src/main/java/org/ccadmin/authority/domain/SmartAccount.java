package org.ccadmin.authority.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A customer's account at the authority; it always has a virtual account named {@value VirtualAccount#DEFAULT_NAME}. */
@Entity
@Table(name = "authority_smart_account")
@SequenceGenerator(name = "authority_id", sequenceName = "authority_id_seq", allocationSize = 50)
@NamedQuery(name = "SmartAccount.all", query = "select a from SmartAccount a order by a.nameKey")
@NamedQuery(name = "SmartAccount.byNameKey", query = "select a from SmartAccount a where a.nameKey = :key")
public class SmartAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_id")
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "name_key", nullable = false, unique = true)
    private String nameKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SmartAccount() {
    }

    private SmartAccount(String name, Instant now) {
        this.name = name;
        this.nameKey = Names.key(name);
        this.createdAt = now;
    }

    /** A new account; its default virtual account is created beside it ({@link VirtualAccount#defaultOf}). */
    public static SmartAccount create(String name, Instant now) {
        Checks checks = new Checks();
        String valid = checks.name("name", name, Names.MAX);
        checks.throwIfAny();
        return new SmartAccount(valid, now);
    }

    public static String keyOf(String name) {
        return Names.key(name);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
