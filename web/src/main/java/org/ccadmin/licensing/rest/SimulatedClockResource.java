package org.ccadmin.licensing.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.ccadmin.licensing.application.ClockAdvance;
import org.ccadmin.licensing.application.TimeTravel;
import org.ccadmin.shared.application.SimulatedTime;
import org.ccadmin.shared.rest.JsonInput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The simulated clock, for tests and demos: {@code GET} tells the time, {@code POST {"advanceBy": "P30D"}} moves
 * it forward (together with the embedded license authority's) and lets the licensing timer catch up. It exists
 * only when the server started with {@code -Dccadmin.simulated-clock=true}; otherwise it answers 404.
 */
@Path("simulated-clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SimulatedClockResource {

    @Inject
    private SimulatedTime time;

    @Inject
    private TimeTravel travel;

    @GET
    @Operation(hidden = true)
    public JsonObject now() {
        requireEnabled();
        return Json.createObjectBuilder().add("now", travel.now().toString()).build();
    }

    @POST
    @Operation(hidden = true)
    public ClockAdvance advance(String body) {
        requireEnabled();
        JsonInput in = JsonInput.parse(body, Set.of("advanceBy"));
        in.required("advanceBy");
        String advanceBy = in.string("advanceBy");
        in.done();
        return travel.advance(advanceBy);
    }

    private void requireEnabled() {
        if (!time.isEnabled()) {
            throw new NotFoundException();
        }
    }
}
