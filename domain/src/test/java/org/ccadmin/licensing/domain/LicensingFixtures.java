package org.ccadmin.licensing.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

/** Shared setup: an installation first started at {@link #T0}, the defaults, and authority answers. */
final class LicensingFixtures {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final String NAME = "ccadmin-aw-a";

    private LicensingFixtures() {
    }

    /** {@code days} calendar days after the first start (UTC, the default zone). */
    static Instant day(int days) {
        return T0.atZone(ZoneOffset.UTC).plusDays(days).toInstant();
    }

    static Instant day(int days, int hours) {
        return day(days).plus(Duration.ofHours(hours));
    }

    static Instant months(Instant from, int months) {
        return from.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    static ProductInstance fresh() {
        return fresh(DeploymentType.UNIFIED_CCE_2000_AGENTS);
    }

    static ProductInstance fresh(DeploymentType type) {
        return ProductInstance.install(NAME, type, T0, LicensingPeriods.defaults());
    }

    /** License type chosen and transport saved: ready to register. */
    static ProductInstance ready() {
        return ready(fresh());
    }

    static ProductInstance ready(ProductInstance p) {
        p.selectLicenseType(LicenseType.FLEX, UsageMode.PRODUCTION, T0);
        p.configureTransport(TransportSettings.direct());
        return p;
    }

    static ProductInstance registeredAt(Instant at) {
        ProductInstance p = ready();
        p.register(certificate("VA-East", at), authorized(p, at), at);
        p.takeEvents();
        return p;
    }

    /** A certificate as the authority issues it: valid one year. */
    static IdCertificate certificate(String virtualAccount, Instant issuedAt) {
        return certificate(virtualAccount, issuedAt, issuedAt.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
    }

    static IdCertificate certificate(String virtualAccount, Instant issuedAt, Instant expiresAt) {
        return new IdCertificate("PI-0001", "SN-4711", "Example Corp", virtualAccount, false, issuedAt, expiresAt);
    }

    /** Every license line in compliance, each authorized for 90 days as the authority would. */
    static List<Authorization> authorized(ProductInstance p, Instant at) {
        Instant expires = at.atZone(ZoneOffset.UTC).plus(Period.ofDays(90)).toInstant();
        return p.licenseLines().stream().map(e -> Authorization.inCompliance(e, expires)).toList();
    }

    /** Answers valid far beyond the local rules, so that only the local periods decide. */
    static List<Authorization> authorizedForYears(ProductInstance p, Instant at) {
        Instant expires = at.atZone(ZoneOffset.UTC).plusYears(5).toInstant();
        return p.licenseLines().stream().map(e -> Authorization.inCompliance(e, expires)).toList();
    }
}
