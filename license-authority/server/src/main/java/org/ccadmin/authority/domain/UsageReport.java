package org.ccadmin.authority.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What one product instance reported for one entitlement of one closed window: its peak concurrent usage.
 * Kept as received, never changed: the instance and the window identify it, so a resent report is
 * recognised and not counted twice. The line (license type and usage mode) is the instance's at receipt.
 */
@Entity
@Table(name = "authority_usage_report")
@NamedQuery(name = "UsageReport.ofInstanceWindows", query = "select r from UsageReport r where r.instance.id = :instance"
        + " and r.windowStart between :from and :to order by r.windowStart, r.id")
@NamedQuery(name = "UsageReport.ofVirtualAccountSince",
        query = "select r from UsageReport r join fetch r.instance where r.virtualAccount.id = :virtualAccount"
                + " and r.windowStart >= :from order by r.windowStart, r.id")
public class UsageReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_id")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_instance_id", nullable = false)
    private RegisteredInstance instance;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "virtual_account_id", nullable = false)
    private VirtualAccount virtualAccount;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "window_end", nullable = false)
    private Instant windowEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "entitlement", nullable = false)
    private Entitlement entitlement;

    @Enumerated(EnumType.STRING)
    @Column(name = "license_type", nullable = false)
    private LicenseType licenseType;

    @Enumerated(EnumType.STRING)
    @Column(name = "usage_mode", nullable = false)
    private UsageMode usageMode;

    @Column(name = "peak", nullable = false)
    private int peak;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected UsageReport() {
    }

    public static UsageReport of(RegisteredInstance instance, Instant windowStart, Instant windowEnd, Entitlement entitlement,
            int peak, Instant now) {
        if (peak < 0) {
            throw new IllegalArgumentException("peak must not be negative");
        }
        UsageReport r = new UsageReport();
        r.instance = instance;
        r.virtualAccount = instance.virtualAccount();
        r.windowStart = windowStart;
        r.windowEnd = windowEnd;
        r.entitlement = entitlement;
        r.licenseType = instance.licenseType();
        r.usageMode = instance.usageMode();
        r.peak = peak;
        r.receivedAt = now;
        return r;
    }

    public PoolLine line() {
        return new PoolLine(entitlement, licenseType, usageMode);
    }

    public RegisteredInstance instance() {
        return instance;
    }

    public Instant windowStart() {
        return windowStart;
    }

    public Instant windowEnd() {
        return windowEnd;
    }

    public Entitlement entitlement() {
        return entitlement;
    }

    public int peak() {
        return peak;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
