package org.ccadmin.licensing.compliance;

import java.time.Instant;
import java.util.Objects;

/**
 * The source's License Consumption Calculation: {@code threshold} consecutive windows over entitlement put the
 * pool out of compliance (scenario 2: a compliant window in between resets the count, the next overage is
 * "1 of 5"); while out of compliance the reported usage is locked at the highest usage seen since, and the
 * state ends only at a window whose entitlement covers that locked usage (scenario 1: 100 purchased, 130 used,
 * locked 130 until 30 more are bought, even if usage drops meanwhile).
 */
public final class OverageRule {

    /** The source says "five consecutive reports" (once "four"): five, configurable by the authority. */
    public static final int DEFAULT_THRESHOLD = 5;

    private final int threshold;

    public OverageRule(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1, was " + threshold);
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** The state after a closed window whose pool usage is {@code usage} against {@code entitled} licenses. */
    public PoolState next(PoolState before, int usage, int entitled, Instant windowEnd) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(windowEnd, "windowEnd");
        if (usage < 0 || entitled < 0) {
            throw new IllegalArgumentException("usage and entitled must not be negative");
        }
        return before.outOfCompliance() ? whileOutOfCompliance(before, usage, entitled) : whileCompliant(before, usage, entitled, windowEnd);
    }

    /** What the instance reports for a window: the locked usage while out of compliance, else the actual. */
    public int reportedUsage(PoolState after, int actualUsage) {
        return after.outOfCompliance() ? after.lockedUsage() : actualUsage;
    }

    private PoolState whileCompliant(PoolState before, int usage, int entitled, Instant windowEnd) {
        if (usage <= entitled) {
            return PoolState.compliant();
        }
        int overages = before.overages() + 1;
        return overages >= threshold ? new PoolState(overages, windowEnd, usage) : new PoolState(overages, null, 0);
    }

    private PoolState whileOutOfCompliance(PoolState before, int usage, int entitled) {
        int locked = Math.max(before.lockedUsage(), usage);
        if (entitled >= locked) {
            return PoolState.compliant();
        }
        // the count stays where it tipped over: the page shows "5 of 5" for as long as the pool is out
        return new PoolState(before.overages(), before.outOfComplianceSince(), locked);
    }
}
