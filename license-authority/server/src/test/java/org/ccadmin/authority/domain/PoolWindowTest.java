package org.ccadmin.authority.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ccadmin.licensing.compliance.OverageRule;
import org.ccadmin.licensing.compliance.PoolState;
import org.ccadmin.licensing.compliance.UsageWindows;
import org.ccadmin.licensing.protocol.Authorization;
import org.junit.jupiter.api.Test;

class PoolWindowTest {

    private static final Instant FIRST = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-03T14:00:00Z");
    private static final VirtualAccount ACCOUNT = VirtualAccount.defaultOf(SmartAccount.create("Acme", NOW), NOW);
    private static final PoolLine PREMIUM = new PoolLine(Entitlement.PREMIUM_AGENT, LicenseType.FLEX, UsageMode.PRODUCTION);
    private final OverageRule rule = new OverageRule(OverageRule.DEFAULT_THRESHOLD);

    private static Instant start(int window) {
        return FIRST.plus(UsageWindows.LENGTH.multipliedBy(window));
    }

    private static PoolWindow window(int index, int entitled, int... peaks) {
        PoolWindow w = PoolWindow.open(ACCOUNT, PREMIUM, start(index), UsageWindows.endOf(start(index)), entitled, NOW);
        for (int peak : peaks) {
            w.add(peak);
        }
        return w;
    }

    @Test
    void theFoldKeepsTheStateAfterEachWindowAndReportsTheLockedUsageWhileOut() {
        List<PoolWindow> windows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            windows.add(window(i, 100, 130));
        }
        windows.add(window(5, 100, 90));
        windows.add(window(6, 130, 100));
        PoolState last = PoolWindow.refold(PoolState.compliant(), windows, rule, NOW);

        assertEquals(PoolState.compliant(), last, "30 more licenses end it");
        assertEquals(new PoolState(4, null, 0), windows.get(3).state());
        assertEquals(Authorization.IN_COMPLIANCE, windows.get(3).status(), "four overages are not yet out of compliance");
        assertEquals(new PoolState(5, UsageWindows.endOf(start(4)), 130), windows.get(4).state());
        assertEquals(Authorization.OUT_OF_COMPLIANCE, windows.get(5).status());
        assertEquals(130, windows.get(5).reportedUsage(), "locked while the pool uses 90");
        assertEquals(90, windows.get(5).poolUsage());
        assertEquals(100, windows.get(6).reportedUsage());
    }

    @Test
    void thePoolUsageIsTheSumOfTheInstancesPeaks() {
        PoolWindow shared = window(0, 100, 60, 50);
        assertEquals(110, shared.poolUsage());
        PoolWindow.refold(PoolState.compliant(), List.of(shared), rule, NOW);
        assertEquals(1, shared.state().overages());
    }

    @Test
    void aLateWindowRefoldedFromItsPlaceGivesWhatAFoldInOrderGives() {
        // windows 0, 1, 3 and 4 arrive first (four overages), then the late window 2
        List<PoolWindow> arrived = new ArrayList<>(List.of(window(0, 100, 130), window(1, 100, 130), window(3, 100, 130), window(4, 100, 130)));
        PoolWindow.refold(PoolState.compliant(), arrived, rule, NOW);
        assertEquals(4, arrived.get(3).state().overages(), "windows nobody reported are not in the fold");

        PoolWindow late = window(2, 100, 130);
        List<PoolWindow> fromLate = List.of(late, arrived.get(2), arrived.get(3));
        PoolState last = PoolWindow.refold(arrived.get(1).state(), fromLate, rule, NOW);
        assertEquals(new PoolState(5, UsageWindows.endOf(start(4)), 130), last);
        assertEquals(3, late.state().overages());
    }

    @Test
    void aCompliantLateWindowResetsTheCountOfTheWindowsAfterIt() {
        List<PoolWindow> arrived = new ArrayList<>(List.of(window(0, 100, 130), window(1, 100, 130), window(3, 100, 130)));
        PoolWindow.refold(PoolState.compliant(), arrived, rule, NOW);
        assertEquals(3, arrived.get(2).state().overages());
        PoolWindow.refold(arrived.get(1).state(), List.of(window(2, 100, 80), arrived.get(2)), rule, NOW);
        assertEquals(1, arrived.get(2).state().overages(), "the next overage is 1 of 5");
    }

    @Test
    void aLineWithoutLicensesIsNotAuthorizedUntilItsOverageCountTipsIt() {
        PoolWindow none = window(0, 0, 0);
        PoolWindow.refold(PoolState.compliant(), List.of(none), rule, NOW);
        assertEquals(Authorization.NOT_AUTHORIZED, none.status());
    }

    @Test
    void windowsOutOfOrderAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> PoolWindow.refold(PoolState.compliant(), List.of(window(1, 100, 1), window(0, 100, 1)), rule, NOW));
        assertThrows(IllegalArgumentException.class, () -> window(0, 100, -1));
    }
}
