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
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Licenses bought into a virtual account: a quantity of one entitlement, of one license type and usage
 * mode. Flex licenses are a subscription and count only during their term (inclusive, in UTC days);
 * perpetual licenses have no term.
 */
@Entity
@Table(name = "authority_purchase")
@NamedQuery(name = "Purchase.ofVirtualAccount",
        query = "select p from Purchase p where p.virtualAccount.id = :virtualAccount order by p.entitlement, p.id")
public class Purchase {

    public static final int MAX_QUANTITY = 1_000_000;

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

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "term_start")
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Column(name = "purchased_at", nullable = false)
    private Instant purchasedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Purchase() {
    }

    /** What the administrator enters; the enum fields arrive as names so every problem is reported at once. */
    public record Order(String entitlement, String licenseType, String usageMode, Integer quantity, LocalDate termStart,
            LocalDate termEnd) {
    }

    public static Purchase of(VirtualAccount account, Order order, Instant now) {
        Checks checks = new Checks();
        Purchase p = new Purchase();
        p.virtualAccount = account;
        p.entitlement = checks.oneOf("entitlement", order.entitlement(), Entitlement.class);
        p.licenseType = checks.oneOf("licenseType", order.licenseType(), LicenseType.class);
        p.usageMode = checks.oneOf("usageMode", order.usageMode(), UsageMode.class);
        Integer quantity = checks.required("quantity", order.quantity());
        if (quantity != null && (quantity < 1 || quantity > MAX_QUANTITY)) {
            checks.add("quantity", "invalidInput.outOfRange", "quantity must be between 1 and " + MAX_QUANTITY + ".");
        }
        if (p.licenseType == LicenseType.FLEX) {
            checks.required("termStart", order.termStart());
            checks.required("termEnd", order.termEnd());
            if (order.termStart() != null && order.termEnd() != null && order.termEnd().isBefore(order.termStart())) {
                checks.add("termEnd", "invalidInput.termEndsBeforeStart", "termEnd must not be before termStart.");
            }
        } else if (p.licenseType == LicenseType.PERPETUAL && (order.termStart() != null || order.termEnd() != null)) {
            String field = order.termStart() != null ? "termStart" : "termEnd";
            checks.add(field, "invalidInput.perpetualHasNoTerm", "Perpetual licenses have no subscription term; leave "
                    + field + " empty.");
        }
        checks.throwIfAny();
        p.quantity = quantity;
        p.termStart = order.termStart();
        p.termEnd = order.termEnd();
        p.purchasedAt = now;
        return p;
    }

    /** Whether these licenses count for the entitlement, type and mode at {@code now}. */
    public boolean covers(Entitlement wanted, LicenseType type, UsageMode mode, Instant now) {
        if (entitlement != wanted || licenseType != type || usageMode != mode) {
            return false;
        }
        if (licenseType == LicenseType.PERPETUAL) {
            return true;
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return !today.isBefore(termStart) && !today.isAfter(termEnd);
    }

    /** Whether these licenses count at {@code now} for their own line (a Flex purchase only during its term). */
    public boolean countsAt(Instant now) {
        return covers(entitlement, licenseType, usageMode, now);
    }

    public Long id() {
        return id;
    }

    public VirtualAccount virtualAccount() {
        return virtualAccount;
    }

    public Entitlement entitlement() {
        return entitlement;
    }

    public LicenseType licenseType() {
        return licenseType;
    }

    public UsageMode usageMode() {
        return usageMode;
    }

    public int quantity() {
        return quantity;
    }

    public LocalDate termStart() {
        return termStart;
    }

    public LocalDate termEnd() {
        return termEnd;
    }

    public Instant purchasedAt() {
        return purchasedAt;
    }
}
