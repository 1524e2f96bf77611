package org.ccadmin.licensing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ccadmin.licensing.application.MachineAlertsView;
import org.ccadmin.licensing.application.SystemAlerts;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Smart Licensing system alerts per machine of the inventory: each machine with RED (an alert is active)
 * or GREEN and every alert it raised, with when it was raised and, once it cleared itself, when.
 */
@Path("alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "System Alerts", description = "Smart Licensing system alerts per machine of the inventory")
public class AlertsResource {

    @Inject
    private SystemAlerts alerts;

    /** A handful of machines at most, so one unpaged list; {@code active} counts the red alerts of all. */
    public record Alerts(int active, List<MachineAlertsView> items) {
    }

    @GET
    public Alerts list() {
        List<MachineAlertsView> machines = alerts.machines();
        int active = (int) machines.stream().flatMap(m -> m.alerts().stream()).filter(MachineAlertsView.AlertView::active).count();
        return new Alerts(active, machines);
    }
}
