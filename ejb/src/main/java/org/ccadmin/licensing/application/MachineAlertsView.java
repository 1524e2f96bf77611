package org.ccadmin.licensing.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.ccadmin.inventory.application.ServerNodeView;
import org.ccadmin.licensing.domain.MachineAlert;

/**
 * A machine of the inventory with its system alerts: {@code status} RED while any alert is active, GREEN
 * otherwise (including a machine whose alerts all cleared themselves).
 */
public record MachineAlertsView(String name, String host, boolean running, boolean local, Instant lastSeenAt,
        String status, List<AlertView> alerts) {

    public record AlertView(String machine, String alert, String text, String remedy, String detail, boolean active,
            Instant raisedAt, Instant clearedAt) {

        static AlertView of(MachineAlert a) {
            return new AlertView(a.nodeName(), a.alert().name(), a.alert().displayText(), a.alert().remedy(), a.detail(),
                    a.isActive(), a.raisedAt(), a.clearedAt());
        }
    }

    static MachineAlertsView of(ServerNodeView node, List<MachineAlert> alerts) {
        List<AlertView> views = alerts.stream().map(AlertView::of)
                .sorted(Comparator.comparing((AlertView a) -> !a.active()).thenComparing(AlertView::alert)).toList();
        boolean red = views.stream().anyMatch(AlertView::active);
        return new MachineAlertsView(node.name(), node.host(), node.running(), node.local(), node.lastSeenAt(),
                red ? "RED" : "GREEN", views);
    }
}
