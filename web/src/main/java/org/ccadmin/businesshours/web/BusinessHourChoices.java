package org.ccadmin.businesshours.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccadmin.businesshours.application.StatusReasonService;
import org.ccadmin.businesshours.application.StatusReasonView;
import org.ccadmin.businesshours.application.TimeZoneView;
import org.ccadmin.businesshours.application.TimeZones;

/**
 * What the business hour pickers offer (time zones, status reasons, weekdays), read once per request: every row's
 * picker of a table asks for the same list.
 */
@Named
@RequestScoped
public class BusinessHourChoices {

    @Inject
    private TimeZones zones;

    @Inject
    private StatusReasonService reasonService;

    private List<TimeZoneView> zoneList;
    private List<StatusReasonView> reasonList;

    public List<TimeZoneView> getZones() {
        if (zoneList == null) {
            zoneList = zones.all();
        }
        return zoneList;
    }

    public List<StatusReasonView> getReasons() {
        if (reasonList == null) {
            reasonList = reasonService.search(new org.ccadmin.shared.domain.PageRequest(0, org.ccadmin.shared.domain.PageRequest.MAX_SIZE,
                    "code", true, null)).items();
        }
        return reasonList;
    }

    public List<String> getDays() {
        return List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
    }
}
