package org.ccadmin.authority.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.ccadmin.licensing.protocol.Authorization;
import org.junit.jupiter.api.Test;

class ComplianceTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final VirtualAccount ACCOUNT = VirtualAccount.defaultOf(SmartAccount.create("Acme", NOW), NOW);

    private static Purchase flex(String entitlement, String start, String end) {
        return Purchase.of(ACCOUNT, new Purchase.Order(entitlement, "FLEX", "PRODUCTION", 10, LocalDate.parse(start), LocalDate.parse(end)), NOW);
    }

    private static Purchase perpetual(String entitlement, String usageMode) {
        return Purchase.of(ACCOUNT, new Purchase.Order(entitlement, "PERPETUAL", usageMode, 10, null, null), NOW);
    }

    private static List<String> statuses(List<Entitlement> wanted, LicenseType type, UsageMode mode, List<Purchase> pool, Instant at) {
        return Compliance.decide(wanted, type, mode, pool, Set.of(), at).stream().map(Authorization::status).toList();
    }

    @Test
    void anEntitlementIsInComplianceOnlyWithLicensesOfItsTypeAndMode() {
        List<Purchase> pool = List.of(perpetual("PREMIUM_AGENT", "PRODUCTION"));
        List<Entitlement> wanted = List.of(Entitlement.PREMIUM_AGENT, Entitlement.STANDARD_AGENT);
        assertEquals(List.of("IN_COMPLIANCE", "NOT_AUTHORIZED"), statuses(wanted, LicenseType.PERPETUAL, UsageMode.PRODUCTION, pool, NOW));
        assertEquals(List.of("NOT_AUTHORIZED", "NOT_AUTHORIZED"), statuses(wanted, LicenseType.PERPETUAL, UsageMode.NON_PRODUCTION, pool, NOW));
        assertEquals(List.of("NOT_AUTHORIZED", "NOT_AUTHORIZED"), statuses(wanted, LicenseType.FLEX, UsageMode.PRODUCTION, pool, NOW));
    }

    @Test
    void flexLicensesCountFromTheFirstToTheLastDayOfTheirTerm() {
        List<Purchase> pool = List.of(flex("DIALER_PORTS", "2026-12-03", "2026-12-31"));
        List<Entitlement> wanted = List.of(Entitlement.DIALER_PORTS);
        assertEquals(List.of("NOT_AUTHORIZED"), statuses(wanted, LicenseType.FLEX, UsageMode.PRODUCTION, pool, Instant.parse("2026-12-02T23:59:59Z")));
        assertEquals(List.of("IN_COMPLIANCE"), statuses(wanted, LicenseType.FLEX, UsageMode.PRODUCTION, pool, NOW));
        assertEquals(List.of("IN_COMPLIANCE"), statuses(wanted, LicenseType.FLEX, UsageMode.PRODUCTION, pool, Instant.parse("2026-12-31T23:59:59Z")));
        assertEquals(List.of("NOT_AUTHORIZED"), statuses(wanted, LicenseType.FLEX, UsageMode.PRODUCTION, pool, Instant.parse("2027-01-01T00:00:00Z")));
    }

    @Test
    void aLineWhosePoolIsOutOfComplianceIsAnsweredSoWhateverItHolds() {
        List<Purchase> pool = List.of(perpetual("PREMIUM_AGENT", "PRODUCTION"));
        List<Entitlement> wanted = List.of(Entitlement.PREMIUM_AGENT, Entitlement.STANDARD_AGENT);
        assertEquals(List.of("OUT_OF_COMPLIANCE", "NOT_AUTHORIZED"), Compliance.decide(wanted, LicenseType.PERPETUAL,
                UsageMode.PRODUCTION, pool, Set.of(Entitlement.PREMIUM_AGENT), NOW).stream().map(Authorization::status).toList());
        assertEquals(List.of("OUT_OF_COMPLIANCE"), Compliance.decide(List.of(Entitlement.STANDARD_AGENT), LicenseType.PERPETUAL,
                UsageMode.PRODUCTION, List.of(), Set.of(Entitlement.STANDARD_AGENT), NOW).stream().map(Authorization::status).toList());
    }

    @Test
    void theEntitledCountIsTheSumOfThePurchasesOfTheLineThatCountThen() {
        List<Purchase> pool = List.of(perpetual("PREMIUM_AGENT", "PRODUCTION"), perpetual("PREMIUM_AGENT", "PRODUCTION"),
                perpetual("PREMIUM_AGENT", "NON_PRODUCTION"), flex("PREMIUM_AGENT", "2026-12-01", "2026-12-03"));
        PoolLine perpetualProduction = new PoolLine(Entitlement.PREMIUM_AGENT, LicenseType.PERPETUAL, UsageMode.PRODUCTION);
        assertEquals(20, Compliance.entitled(pool, perpetualProduction, NOW));
        PoolLine flexProduction = new PoolLine(Entitlement.PREMIUM_AGENT, LicenseType.FLEX, UsageMode.PRODUCTION);
        assertEquals(10, Compliance.entitled(pool, flexProduction, Instant.parse("2026-12-03T23:59:59.999999999Z")));
        assertEquals(0, Compliance.entitled(pool, flexProduction, Instant.parse("2026-12-04T00:00:00Z")));
        assertEquals(0, Compliance.entitled(pool, new PoolLine(Entitlement.DIALER_PORTS, LicenseType.PERPETUAL, UsageMode.PRODUCTION), NOW));
    }

    @Test
    void anAuthorizationIsValidForNinetyDays() {
        Authorization a = Compliance.decide(List.of(Entitlement.AVAYA_PG), LicenseType.FLEX, UsageMode.PRODUCTION, List.of(), Set.of(), NOW).get(0);
        assertEquals(NOW.plus(90, ChronoUnit.DAYS), a.expiresAt());
    }

    @Test
    void aFlexPurchaseNeedsATermAndAPerpetualOneHasNone() {
        InvalidInputException flex = assertThrows(InvalidInputException.class,
                () -> Purchase.of(ACCOUNT, new Purchase.Order("AVAYA_PG", "FLEX", "PRODUCTION", 1, null, null), NOW));
        assertEquals(List.of("termStart", "termEnd"), flex.errors().stream().map(FieldProblem::field).toList());
        InvalidInputException perpetual = assertThrows(InvalidInputException.class, () -> Purchase.of(ACCOUNT,
                new Purchase.Order("AVAYA_PG", "PERPETUAL", "PRODUCTION", 1, LocalDate.parse("2026-01-01"), null), NOW));
        assertEquals("termStart", perpetual.errors().get(0).field());
        InvalidInputException quantity = assertThrows(InvalidInputException.class,
                () -> Purchase.of(ACCOUNT, new Purchase.Order("AVAYA_PG", "PERPETUAL", "PRODUCTION", 0, null, null), NOW));
        assertEquals("quantity", quantity.errors().get(0).field());
    }
}
