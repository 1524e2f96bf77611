package org.ccadmin.licensing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccadmin.licensing.application.MachineAlertsView;
import org.ccadmin.licensing.application.SystemAlerts;

/**
 * The system alerts for the layout's Alerts button and the Inventory page: every machine with its red or
 * green alerts. Read once per request; pushed changes ({@code alerts}) re-render both.
 */
@Named("alerts")
@RequestScoped
public class AlertsBean {

    private static final Logger LOG = Logger.getLogger(AlertsBean.class.getName());

    @Inject
    private SystemAlerts service;

    private List<MachineAlertsView> machines;

    public List<MachineAlertsView> getMachines() {
        if (machines == null) {
            try {
                machines = service.machines();
            } catch (RuntimeException e) {
                // The header is on every page: a failure here must not break the page.
                LOG.log(Level.FINE, "No system alerts for this request", e);
                machines = List.of();
            }
        }
        return machines;
    }

    /** The alerts of every machine, active (red) first, then those cleared (green). */
    public List<MachineAlertsView.AlertView> getAll() {
        return getMachines().stream().flatMap(m -> m.alerts().stream())
                .sorted((a, b) -> Boolean.compare(b.active(), a.active())).toList();
    }

    public long getActiveCount() {
        return getAll().stream().filter(MachineAlertsView.AlertView::active).count();
    }
}
