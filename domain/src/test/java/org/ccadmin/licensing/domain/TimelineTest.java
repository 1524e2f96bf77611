package org.ccadmin.licensing.domain;

import static org.ccadmin.licensing.domain.LicensingFixtures.day;
import static org.ccadmin.licensing.domain.LicensingFixtures.months;
import static org.ccadmin.licensing.domain.LicensingFixtures.registeredAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void inEvaluationTheEndAndTheEnforcementThatFollowsAreAhead() {
        List<Timeline.Entry> t = Timeline.of(InstanceCompliance.of(LicensingFixtures.fresh(), day(30)));
        assertEquals(List.of(Milestone.EVALUATION_ENDS, Milestone.ENFORCEMENT_STARTS), t.stream().map(Timeline.Entry::milestone).toList());
        assertEquals(day(90), t.get(0).at());
        assertEquals(Duration.ofDays(60), t.get(0).left());
        assertEquals(EnforcementReason.EVALUATION_EXPIRY, t.get(1).reason());
    }

    @Test
    void afterTheEvaluationNothingIsAheadForAnEnforcedUnregisteredInstance() {
        assertTrue(Timeline.of(InstanceCompliance.of(LicensingFixtures.fresh(), day(95))).isEmpty());
    }

    @Test
    void registeredEveryRenewalExpiryAndTheEnforcementDayAppearSoonestFirst() {
        ProductInstance p = registeredAt(day(0));
        List<Timeline.Entry> t = Timeline.of(InstanceCompliance.of(p, day(1)));
        assertEquals(List.of(Milestone.AUTHORIZATION_RENEWAL_DUE, Milestone.AUTHORIZATION_EXPIRES, Milestone.ENFORCEMENT_STARTS,
                Milestone.REGISTRATION_RENEWAL_DUE, Milestone.REGISTRATION_EXPIRES), t.stream().map(Timeline.Entry::milestone).toList());
        assertEquals(day(30), t.get(0).at());
        assertEquals(Duration.ofDays(29), t.get(0).left());
        assertEquals(day(90), t.get(1).at());
        assertEquals(day(180), t.get(2).at());
        assertEquals(EnforcementReason.AUTHORIZATION_EXPIRY, t.get(2).reason());
        assertEquals(months(day(0), 6), t.get(3).at());
        assertEquals(months(day(0), 12), t.get(4).at());
    }

    @Test
    void passedDeadlinesDropOutAndEnforcementDisappearsOnceInForce() {
        ProductInstance p = registeredAt(day(0));
        List<Milestone> at100 = Timeline.of(InstanceCompliance.of(p, day(100))).stream().map(Timeline.Entry::milestone).toList();
        assertEquals(List.of(Milestone.ENFORCEMENT_STARTS, Milestone.REGISTRATION_RENEWAL_DUE, Milestone.REGISTRATION_EXPIRES), at100);
        List<Milestone> at200 = Timeline.of(InstanceCompliance.of(p, day(200))).stream().map(Timeline.Entry::milestone).toList();
        assertEquals(List.of(Milestone.REGISTRATION_EXPIRES), at200);
    }

    @Test
    void outOfComplianceAddsTheDayItsNinetyDaysEnd() {
        ProductInstance p = registeredAt(day(0));
        p.applyUsageVerdicts(List.of(new LineCompliance(Entitlement.PREMIUM_AGENT, EntitlementStatus.OUT_OF_COMPLIANCE,
                day(1))), day(1));
        List<Timeline.Entry> enforcement = Timeline.of(InstanceCompliance.of(p, day(2))).stream()
                .filter(e -> e.milestone() == Milestone.ENFORCEMENT_STARTS).toList();
        assertTrue(enforcement.stream().anyMatch(e -> e.at().equals(day(91))
                && e.reason() == EnforcementReason.OUT_OF_COMPLIANCE_EXPIRY), enforcement.toString());
    }
}
