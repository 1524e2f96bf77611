package org.ccadmin.authority.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccadmin.authority.domain.Compliance;
import org.ccadmin.authority.domain.Entitlement;
import org.ccadmin.authority.domain.PoolLine;
import org.ccadmin.authority.domain.PoolWindow;
import org.ccadmin.authority.domain.Purchase;
import org.ccadmin.authority.domain.RegisteredInstance;
import org.ccadmin.authority.domain.UsageReport;
import org.ccadmin.authority.domain.VirtualAccount;
import org.ccadmin.licensing.compliance.OverageRule;
import org.ccadmin.licensing.compliance.PoolState;
import org.ccadmin.licensing.protocol.ProtocolException;
import org.ccadmin.licensing.protocol.UsageReportRequest;
import org.ccadmin.licensing.protocol.UsageReportRequest.Peak;
import org.ccadmin.licensing.protocol.UsageReportRequest.Window;
import org.ccadmin.licensing.protocol.UsageReported;
import org.ccadmin.licensing.protocol.UsageReported.EntitlementVerdict;
import org.ccadmin.licensing.protocol.UsageReported.Verdict;

/**
 * {@code report-usage}, one transaction: store each report not held yet (a resent one counts nothing), add
 * its peaks to the pool's windows, refold each changed line from its earliest changed window with
 * {@link OverageRule}, and answer every report of the request with the pool's verdict on its window. The
 * virtual account is locked for the transaction, so concurrent reports of one pool (two instances, two
 * nodes) are counted one after the other.
 */
@ApplicationScoped
@Transactional
public class UsageReporting {

    @Inject
    private Repository repository;

    @Inject
    private LicensingOperations operations;

    @Inject
    private OverageRule rule;

    public UsageReported report(UsageReportRequest request, Instant now) {
        RegisteredInstance instance = operations.current(request.instanceId(), now);
        request.checkRules(now);
        List<List<Entitlement>> entitlements = entitlements(request);
        VirtualAccount account = repository.lockVirtualAccount(instance.virtualAccount().id());
        Instant first = request.reports().get(0).windowStart();
        Instant last = request.reports().get(request.reports().size() - 1).windowStart();
        Set<Instant> held = repository.usageReports(instance.id(), first, last).stream().map(UsageReport::windowStart)
                .collect(Collectors.toSet());
        Map<PoolWindowKey, PoolWindow> windows = new HashMap<>();
        repository.poolWindows(account.id(), first, last).forEach(w -> windows.put(PoolWindowKey.of(w), w));
        List<Purchase> pool = repository.purchases(account.id());
        Map<PoolLine, Instant> refoldFrom = new HashMap<>();
        for (int r = 0; r < request.reports().size(); r++) {
            Window w = request.reports().get(r);
            if (held.contains(w.windowStart())) {
                continue; // counted when it first arrived: answered below with the verdict stored since
            }
            for (int i = 0; i < w.usage().size(); i++) {
                Peak peak = w.usage().get(i);
                UsageReport report = repository.persist(UsageReport.of(instance, w.windowStart(), w.windowEnd(),
                        entitlements.get(r).get(i), peak.peak(), now));
                PoolLine line = report.line();
                windows.computeIfAbsent(new PoolWindowKey(line, w.windowStart()), k -> repository.persist(PoolWindow.open(account,
                        line, w.windowStart(), w.windowEnd(), Compliance.entitled(pool, line, lastInstantOf(w)), now)))
                        .add(peak.peak());
                refoldFrom.merge(line, w.windowStart(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        refoldFrom.forEach((line, from) -> refold(account, line, from, now));
        return verdicts(request, instance, windows);
    }

    /** Recomputes the line's states from {@code from} on: a late report changes the windows after it too. */
    private void refold(VirtualAccount account, PoolLine line, Instant from, Instant now) {
        PoolState before = repository.poolWindowBefore(account.id(), line, from).map(PoolWindow::state).orElse(PoolState.compliant());
        PoolWindow.refold(before, repository.poolWindowsFrom(account.id(), line, from), rule, now);
    }

    private UsageReported verdicts(UsageReportRequest request, RegisteredInstance instance, Map<PoolWindowKey, PoolWindow> windows) {
        Instant first = request.reports().get(0).windowStart();
        Instant last = request.reports().get(request.reports().size() - 1).windowStart();
        Map<Instant, List<UsageReport>> stored = repository.usageReports(instance.id(), first, last).stream()
                .collect(Collectors.groupingBy(UsageReport::windowStart));
        List<Verdict> verdicts = new ArrayList<>();
        for (Window w : request.reports()) {
            List<EntitlementVerdict> lines = stored.getOrDefault(w.windowStart(), List.of()).stream()
                    .map(r -> verdict(r, windows.get(new PoolWindowKey(r.line(), r.windowStart())))).toList();
            verdicts.add(new Verdict(w.windowStart(), w.windowEnd(), lines));
        }
        return new UsageReported(rule.threshold(), verdicts);
    }

    private static EntitlementVerdict verdict(UsageReport report, PoolWindow window) {
        PoolState state = window.state();
        return new EntitlementVerdict(report.entitlement().name(), window.status(), window.entitled(), window.poolUsage(),
                window.reportedUsage(), state.overages(), state.outOfComplianceSince());
    }

    /** Licenses count "at the window's end": its last instant, so a Flex term's last day covers the day's last window. */
    private static Instant lastInstantOf(Window w) {
        return w.windowEnd().minusNanos(1);
    }

    /** Every entitlement name known, before anything is stored: a bad one refuses the whole request. */
    private static List<List<Entitlement>> entitlements(UsageReportRequest request) {
        List<List<Entitlement>> names = new ArrayList<>();
        for (int i = 0; i < request.reports().size(); i++) {
            Window w = request.reports().get(i);
            List<Entitlement> list = new ArrayList<>();
            for (int j = 0; j < w.usage().size(); j++) {
                String name = w.usage().get(j).entitlement();
                try {
                    list.add(Entitlement.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw new ProtocolException(ProtocolException.USAGE_MALFORMED,
                            "reports[" + i + "].usage[" + j + "].entitlement has the unknown value '" + name + "'.");
                }
            }
            names.add(list);
        }
        return names;
    }

    private record PoolWindowKey(PoolLine line, Instant windowStart) {
        static PoolWindowKey of(PoolWindow w) {
            return new PoolWindowKey(w.line(), w.windowStart());
        }
    }
}
