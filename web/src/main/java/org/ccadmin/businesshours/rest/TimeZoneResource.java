package org.ccadmin.businesshours.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ccadmin.businesshours.application.TimeZoneView;
import org.ccadmin.businesshours.application.TimeZones;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The time zones a business hour can use, west to east by their offset now. Ids contain a slash: {@code /time-zones/America/New_York}. */
@Path("time-zones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Time zones", description = "IANA time zones with their current offset")
public class TimeZoneResource {

    @Inject
    private TimeZones zones;

    @GET
    public List<TimeZoneView> list() {
        return zones.all();
    }

    @GET
    @Path("{id: .+}")
    public TimeZoneView get(@PathParam("id") String id) {
        return zones.find(id).orElseThrow(() -> new ResourceNotFoundException("time zone", id));
    }
}
