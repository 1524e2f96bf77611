package org.ccadmin.licensing.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One closed 15-minute usage window [windowStart, windowEnd), aligned to UTC quarter hours, with the peak of
 * each license line in it and, once sent, the authority's verdict per line. Computed once cluster-wide (the
 * start is the key). {@code sendable} says whether it goes to the authority: a window computed while the
 * instance was not registered (evaluation) is kept for the consumption report only.
 */
@Entity
@Table(name = "usage_window")
public class UsageWindow {

    public static final Duration LENGTH = Duration.ofMinutes(15);

    @Id
    @Column(name = "window_start")
    private Instant windowStart;

    @Column(name = "window_end", nullable = false)
    private Instant windowEnd;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @Column(name = "sendable", nullable = false)
    private boolean sendable;

    @Column(name = "sent_at")
    private Instant sentAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "usage_report", joinColumns = @JoinColumn(name = "window_start"))
    private List<UsageReportLine> lines = new ArrayList<>();

    protected UsageWindow() {
    }

    /** The window starting at {@code start} with its usage per line, in the lines' order. */
    public static UsageWindow computed(Instant start, Map<Entitlement, Integer> usage, boolean sendable, Instant now) {
        Objects.requireNonNull(start, "start");
        if (!startOf(start).equals(start)) {
            throw new IllegalArgumentException(start + " is not on a quarter hour (UTC)");
        }
        UsageWindow w = new UsageWindow();
        w.windowStart = start;
        w.windowEnd = start.plus(LENGTH);
        w.computedAt = now;
        w.sendable = sendable;
        usage.forEach((e, peak) -> w.lines.add(new UsageReportLine(e, peak)));
        return w;
    }

    /** The start of the window that holds {@code instant}. */
    public static Instant startOf(Instant instant) {
        long seconds = LENGTH.getSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), seconds) * seconds);
    }

    /** The authority's verdict on this window; the window counts as sent. */
    public void answered(List<LineVerdict> verdicts, Instant now) {
        for (LineVerdict v : verdicts) {
            lines.stream().filter(l -> l.entitlement() == v.entitlement()).findFirst().ifPresent(l -> l.answered(v));
        }
        sentAt = now;
    }

    public Instant windowStart() { return windowStart; }
    public Instant windowEnd() { return windowEnd; }
    public Instant computedAt() { return computedAt; }
    public boolean sendable() { return sendable; }
    public Instant sentAt() { return sentAt; }
    public List<UsageReportLine> lines() { return List.copyOf(lines); }
}
