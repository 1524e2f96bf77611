package org.ccadmin.authority.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ccadmin.authority.domain.Compliance;
import org.ccadmin.authority.domain.InvalidInputException;
import org.ccadmin.authority.domain.FieldProblem;
import org.ccadmin.authority.domain.PoolLine;
import org.ccadmin.authority.domain.PoolWindow;
import org.ccadmin.authority.domain.Purchase;
import org.ccadmin.authority.domain.UsageReport;
import org.ccadmin.licensing.compliance.OverageRule;
import org.ccadmin.licensing.compliance.PoolState;

/** The administrator's read of a pool's usage windows: what the authority decided, and from which reports. */
@Stateless
@RolesAllowed(AdministratorCredentials.ROLE)
public class PoolUsageService {

    public static final int DEFAULT_WINDOWS = 96;
    /** Thirty days of windows: enough to review a month, small enough for one answer. */
    public static final int MAX_WINDOWS = 2880;

    @Inject
    private Repository repository;

    @Inject
    private OverageRule rule;

    @Inject
    private Clock clock;

    /** Every line that has licenses counting now or reported usage, with its newest {@code windows} windows. */
    public PoolUsageView usage(long virtualAccountId, int windows) {
        if (windows < 1 || windows > MAX_WINDOWS) {
            throw new InvalidInputException(List.of(new FieldProblem("windows", "invalidInput.outOfRange",
                    "windows must be between 1 and " + MAX_WINDOWS + ".")));
        }
        repository.virtualAccount(virtualAccountId);
        Instant now = clock.instant();
        List<Purchase> pool = repository.purchases(virtualAccountId);
        Map<PoolLine, PoolWindow> current = repository.currentPoolWindows(virtualAccountId).stream()
                .collect(Collectors.toMap(PoolWindow::line, w -> w));
        TreeSet<PoolLine> lines = new TreeSet<>(PoolLine.ORDER);
        lines.addAll(current.keySet());
        pool.stream().filter(p -> p.countsAt(now)).map(PoolLine::of).forEach(lines::add);
        List<PoolUsageView.Line> views = new ArrayList<>();
        for (PoolLine line : lines) {
            views.add(line(virtualAccountId, line, Compliance.entitled(pool, line, now), Optional.ofNullable(current.get(line)), windows));
        }
        return new PoolUsageView(virtualAccountId, rule.threshold(), views);
    }

    private PoolUsageView.Line line(long account, PoolLine line, int purchased, Optional<PoolWindow> latest, int max) {
        List<PoolWindow> newest = latest.isEmpty() ? List.of() : repository.latestPoolWindows(account, line, max);
        Map<Instant, List<UsageReport>> reports = newest.isEmpty() ? Map.of()
                : repository.usageReportsSince(account, newest.get(newest.size() - 1).windowStart()).stream()
                        .filter(r -> r.line().equals(line)).collect(Collectors.groupingBy(UsageReport::windowStart));
        List<PoolUsageView.Window> windows = newest.stream().map(w -> window(w, reports.getOrDefault(w.windowStart(), List.of()))).toList();
        PoolState state = latest.map(PoolWindow::state).orElse(PoolState.compliant());
        String status = latest.map(PoolWindow::status).orElse(Compliance.status(false, purchased));
        return new PoolUsageView.Line(line.entitlement().name(), line.licenseType().name(), line.usageMode().name(), purchased,
                status, state.overages(), state.outOfComplianceSince(), state.lockedUsage(),
                latest.map(PoolWindow::windowStart).orElse(null), latest.map(PoolWindow::windowEnd).orElse(null),
                latest.map(PoolWindow::poolUsage).orElse(null), latest.map(PoolWindow::reportedUsage).orElse(null), windows);
    }

    private static PoolUsageView.Window window(PoolWindow w, List<UsageReport> reports) {
        PoolState s = w.state();
        List<PoolUsageView.InstancePeak> peaks = reports.stream().map(r -> new PoolUsageView.InstancePeak(r.instance().instanceId(),
                r.instance().name(), r.peak(), r.receivedAt())).toList();
        return new PoolUsageView.Window(w.windowStart(), w.windowEnd(), w.status(), w.entitled(), w.poolUsage(), w.reportedUsage(),
                s.overages(), s.outOfComplianceSince(), s.lockedUsage(), w.decidedAt(), peaks);
    }
}
