package org.ccadmin.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One system alert as one machine of the inventory last saw it: red (active) from {@code raisedAt} until it
 * cleared itself, then green with {@code clearedAt}. Each node evaluates the alerts itself and keeps its own
 * rows, one per alert it ever raised, so the inventory shows every machine's view and when it changed.
 */
@Entity
@Table(name = "machine_alert")
public class MachineAlert {

    public static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "node_name", nullable = false, length = 255)
    private String nodeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert", nullable = false, length = 64)
    private SystemAlert alert;

    @Column(name = "detail", length = DETAIL_MAX)
    private String detail;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    protected MachineAlert() {
    }

    private MachineAlert(String nodeName, SystemAlert alert, String detail, Instant now) {
        this.nodeName = Objects.requireNonNull(nodeName, "nodeName");
        this.alert = Objects.requireNonNull(alert, "alert");
        this.detail = clip(detail);
        this.raisedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * Brings a machine's rows in line with the alerts present now: a new alert gets a row, one that came back
     * is raised again (new {@code raisedAt}, no {@code clearedAt}), one that is gone is cleared; a detail that
     * changed is kept. Returns the rows to insert (new ones); the existing rows are changed in place.
     *
     * @return the new rows, and whether anything changed at all
     */
    public static Reconciled reconcile(String nodeName, List<MachineAlert> existing, Map<SystemAlert, String> present,
            Instant now) {
        Map<SystemAlert, MachineAlert> byAlert = new EnumMap<>(SystemAlert.class);
        existing.forEach(a -> byAlert.put(a.alert, a));
        List<MachineAlert> created = new ArrayList<>();
        boolean changed = false;
        for (Map.Entry<SystemAlert, String> e : present.entrySet()) {
            MachineAlert row = byAlert.get(e.getKey());
            if (row == null) {
                created.add(new MachineAlert(nodeName, e.getKey(), e.getValue(), now));
                changed = true;
            } else {
                changed |= row.raise(e.getValue(), now);
            }
        }
        for (MachineAlert row : existing) {
            if (!present.containsKey(row.alert)) {
                changed |= row.clear(now);
            }
        }
        return new Reconciled(List.copyOf(created), changed);
    }

    public record Reconciled(List<MachineAlert> created, boolean changed) {
    }

    private boolean raise(String newDetail, Instant now) {
        String clipped = clip(newDetail);
        if (isActive()) {
            if (Objects.equals(detail, clipped)) {
                return false;
            }
            detail = clipped;
            return true;
        }
        raisedAt = now;
        clearedAt = null;
        detail = clipped;
        return true;
    }

    private boolean clear(Instant now) {
        if (!isActive()) {
            return false;
        }
        clearedAt = now;
        return true;
    }

    private static String clip(String text) {
        return text == null || text.length() <= DETAIL_MAX ? text : text.substring(0, DETAIL_MAX);
    }

    public boolean isActive() {
        return clearedAt == null;
    }

    public String nodeName() { return nodeName; }
    public SystemAlert alert() { return alert; }
    public String detail() { return detail; }
    public Instant raisedAt() { return raisedAt; }
    public Instant clearedAt() { return clearedAt; }
}
