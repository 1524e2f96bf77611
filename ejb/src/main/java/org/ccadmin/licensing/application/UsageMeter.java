package org.ccadmin.licensing.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.ccadmin.inventory.application.Inventory;
import org.ccadmin.licensing.domain.AgentPeaks;
import org.ccadmin.licensing.domain.ProductInstance;
import org.ccadmin.licensing.domain.UsageRule;
import org.ccadmin.licensing.domain.UsageState;
import org.ccadmin.licensing.domain.UsageWindow;
import org.ccadmin.licensing.infrastructure.JpaProductInstances;
import org.ccadmin.licensing.infrastructure.JpaUsage;

/**
 * Computes the closed usage windows: every window since the last one stored up to the last closed at clock
 * time, so none is lost while the server was down or the simulated clock jumped. The ordering row is locked,
 * so a window is computed once cluster-wide and no sign-in lands in it afterwards. The database counts the
 * peaks ({@link JpaUsage}); windows in which no presence starts or ends all have the level at their start, so
 * a long quiet stretch costs two queries, not two per window.
 */
@Stateless
@PermitAll
public class UsageMeter {

    /** Windows per transaction: a month, so a long catch-up commits in steps. */
    static final int CHUNK = 3000;

    @Inject
    private JpaUsage usage;

    @Inject
    private JpaProductInstances instances;

    @Inject
    private Inventory inventory;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** Computes every closed window not stored yet, a chunk per transaction; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int computeClosedWindows() {
        UsageMeter self = context.getBusinessObject(UsageMeter.class);
        int total = 0;
        int computed;
        do {
            computed = self.computeChunk(CHUNK);
            total += computed;
        } while (computed == CHUNK);
        return total;
    }

    /** At most {@code max} windows, oldest first, in a transaction of their own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int computeChunk(int max) {
        UsageState state = usage.lockState();
        ProductInstance p = instances.find().map(s -> s.toDomain()).orElse(null);
        if (state == null || p == null) {
            return 0;
        }
        Instant now = clock.instant();
        Instant closedUntil = UsageWindow.startOf(now);
        // Before the first window only the one just closed is computed: nothing was counted earlier.
        Instant start = state.lastWindowEnd() != null ? state.lastWindowEnd() : closedUntil.minus(UsageWindow.LENGTH);
        if (!start.isBefore(closedUntil)) {
            return 0;
        }
        int servers = inventory.runningCount();
        boolean sendable = p.reportsUsage();
        AgentPeaks level = usage.levelAt(start);
        Instant nextChange = usage.nextChangeAtOrAfter(start);
        int n = 0;
        while (n < max && start.isBefore(closedUntil)) {
            Instant end = start.plus(UsageWindow.LENGTH);
            AgentPeaks peaks = level;
            if (nextChange != null && nextChange.isBefore(end)) {
                peaks = level.max(usage.peakOfStarts(start, end));
                level = usage.levelAt(end);
                nextChange = usage.nextChangeAtOrAfter(end);
            }
            usage.add(UsageWindow.computed(start, UsageRule.usage(p.effectiveLicenseType(), p.deploymentType(),
                    p.licenseLines(), peaks, p.dialerPorts(), servers), sendable, now));
            n++;
            start = end;
        }
        state.computedUntil(start);
        return n;
    }
}
