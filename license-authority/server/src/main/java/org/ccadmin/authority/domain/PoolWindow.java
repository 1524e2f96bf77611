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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.ccadmin.licensing.compliance.OverageRule;
import org.ccadmin.licensing.compliance.PoolState;

/**
 * The authority's verdict on one line of a virtual account's pool for one closed window: the pool usage
 * (the sum of the peaks its instances reported), the licenses that counted at the window's end, and the
 * {@link PoolState} after the window. The states of a line are one fold of {@link OverageRule} over its
 * windows in order ({@link #refold}): a report for a window that changes its usage refolds from there on.
 *
 * <p>The entitled count is taken when the first report of the window arrives and kept: a later purchase
 * changes the windows after it, never the history already decided.
 */
@Entity
@Table(name = "authority_pool_window")
@NamedQuery(name = "PoolWindow.between", query = "select w from PoolWindow w where w.virtualAccount.id = :virtualAccount"
        + " and w.windowStart between :from and :to order by w.windowStart")
@NamedQuery(name = "PoolWindow.from", query = "select w from PoolWindow w where w.virtualAccount.id = :virtualAccount"
        + " and w.entitlement = :entitlement and w.licenseType = :licenseType and w.usageMode = :usageMode"
        + " and w.windowStart >= :windowStart order by w.windowStart")
@NamedQuery(name = "PoolWindow.before", query = "select w from PoolWindow w where w.virtualAccount.id = :virtualAccount"
        + " and w.entitlement = :entitlement and w.licenseType = :licenseType and w.usageMode = :usageMode"
        + " and w.windowStart < :windowStart order by w.windowStart desc")
@NamedQuery(name = "PoolWindow.latestOfVirtualAccount", query = "select w from PoolWindow w where w.virtualAccount.id = :virtualAccount"
        + " and w.windowStart = (select max(o.windowStart) from PoolWindow o where o.virtualAccount = w.virtualAccount"
        + " and o.entitlement = w.entitlement and o.licenseType = w.licenseType and o.usageMode = w.usageMode)")
@NamedQuery(name = "PoolWindow.newestOfLine", query = "select w from PoolWindow w where w.virtualAccount.id = :virtualAccount"
        + " and w.entitlement = :entitlement and w.licenseType = :licenseType and w.usageMode = :usageMode"
        + " order by w.windowStart desc")
public class PoolWindow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_id")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "virtual_account_id", nullable = false)
    private VirtualAccount virtualAccount;

    @Enumerated(EnumType.STRING)
    @Column(name = "entitlement", nullable = false)
    private Entitlement entitlement;

    @Enumerated(EnumType.STRING)
    @Column(name = "license_type", nullable = false)
    private LicenseType licenseType;

    @Enumerated(EnumType.STRING)
    @Column(name = "usage_mode", nullable = false)
    private UsageMode usageMode;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "window_end", nullable = false)
    private Instant windowEnd;

    @Column(name = "pool_usage", nullable = false)
    private int poolUsage;

    @Column(name = "entitled", nullable = false)
    private int entitled;

    @Column(name = "overages", nullable = false)
    private int overages;

    @Column(name = "out_of_compliance_since")
    private Instant outOfComplianceSince;

    @Column(name = "locked_usage", nullable = false)
    private int lockedUsage;

    @Column(name = "reported_usage", nullable = false)
    private int reportedUsage;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PoolWindow() {
    }

    /** A window of the line not reported before, with the licenses that count at its end; no usage yet. */
    public static PoolWindow open(VirtualAccount account, PoolLine line, Instant windowStart, Instant windowEnd, int entitled,
            Instant now) {
        if (entitled < 0) {
            throw new IllegalArgumentException("entitled must not be negative");
        }
        PoolWindow w = new PoolWindow();
        w.virtualAccount = account;
        w.entitlement = line.entitlement();
        w.licenseType = line.licenseType();
        w.usageMode = line.usageMode();
        w.windowStart = windowStart;
        w.windowEnd = windowEnd;
        w.entitled = entitled;
        w.decidedAt = now;
        return w;
    }

    /** One more instance's peak in this window; the state is stale until the line is {@link #refold refolded}. */
    public void add(int peak) {
        if (peak < 0) {
            throw new IllegalArgumentException("peak must not be negative");
        }
        poolUsage = Math.addExact(poolUsage, peak);
    }

    /**
     * Folds {@code rule} over {@code windows} (one line, in window order) starting from {@code before}, the
     * state after the window preceding the first; each window keeps the state after it. Returns the last state.
     */
    public static PoolState refold(PoolState before, List<PoolWindow> windows, OverageRule rule, Instant now) {
        PoolState state = before;
        Instant previous = null;
        for (PoolWindow w : windows) {
            if (previous != null && !w.windowStart.isAfter(previous)) {
                throw new IllegalArgumentException("windows must be in order, one per start");
            }
            state = rule.next(state, w.poolUsage, w.entitled, w.windowEnd);
            w.decided(state, rule.reportedUsage(state, w.poolUsage), now);
            previous = w.windowStart;
        }
        return state;
    }

    private void decided(PoolState after, int reported, Instant now) {
        if (!after.equals(state()) || reported != reportedUsage) {
            decidedAt = now;
        }
        overages = after.overages();
        outOfComplianceSince = after.outOfComplianceSince();
        lockedUsage = after.lockedUsage();
        reportedUsage = reported;
    }

    /** The pool state after this window. */
    public PoolState state() {
        return new PoolState(overages, outOfComplianceSince, lockedUsage);
    }

    /** The protocol status of the line after this window. */
    public String status() {
        return Compliance.status(outOfComplianceSince != null, entitled);
    }

    public PoolLine line() {
        return new PoolLine(entitlement, licenseType, usageMode);
    }

    public Long id() {
        return id;
    }

    public Instant windowStart() {
        return windowStart;
    }

    public Instant windowEnd() {
        return windowEnd;
    }

    public int poolUsage() {
        return poolUsage;
    }

    public int entitled() {
        return entitled;
    }

    public int reportedUsage() {
        return reportedUsage;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
