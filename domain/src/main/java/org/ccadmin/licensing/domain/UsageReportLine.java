package org.ccadmin.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One license line of a usage window: its actual peak and, after the authority answered, the verdict. */
@Embeddable
public class UsageReportLine {

    @Enumerated(EnumType.STRING)
    @Column(name = "entitlement", nullable = false, length = 32)
    private Entitlement entitlement;

    @Column(name = "actual_peak", nullable = false)
    private int actualPeak;

    @Column(name = "reported_usage") private Integer reportedUsage;
    @Column(name = "entitled") private Integer entitled;
    @Enumerated(EnumType.STRING) @Column(name = "status", length = 32) private EntitlementStatus status;
    @Column(name = "overages") private Integer overages;
    @Column(name = "out_of_compliance_since") private Instant outOfComplianceSince;

    protected UsageReportLine() {
    }

    UsageReportLine(Entitlement entitlement, int actualPeak) {
        this.entitlement = entitlement;
        this.actualPeak = actualPeak;
    }

    void answered(LineVerdict v) {
        reportedUsage = v.reportedUsage();
        entitled = v.entitled();
        status = v.status();
        overages = v.overages();
        outOfComplianceSince = v.outOfComplianceSince();
    }

    public Entitlement entitlement() { return entitlement; }
    public int actualPeak() { return actualPeak; }
    public Integer reportedUsage() { return reportedUsage; }
    public Integer entitled() { return entitled; }
    public EntitlementStatus status() { return status; }
    public Integer overages() { return overages; }
    public Instant outOfComplianceSince() { return outOfComplianceSince; }
}
