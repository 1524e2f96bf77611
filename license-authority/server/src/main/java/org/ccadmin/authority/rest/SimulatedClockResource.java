package org.ccadmin.authority.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.ccadmin.authority.application.SimulatedTime;
import org.ccadmin.authority.domain.Checks;
import org.ccadmin.authority.domain.NotFoundException;

/**
 * The simulated clock, for tests and demos: {@code GET} tells the authority's time, {@code POST
 * {"advanceBy":"P30D"}} (an ISO-8601 period or duration, forward only) moves it. Exists only when the server
 * runs with {@code -Dccadmin.simulated-clock=true}; otherwise both answer 404.
 */
@Path("simulated-clock")
@Produces(MediaType.APPLICATION_JSON)
public class SimulatedClockResource {

    public record ClockView(Instant now, long offsetSeconds) {
    }

    @Inject
    private SimulatedTime time;

    @GET
    public ClockView get() {
        requireEnabled();
        return view(time.now());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ClockView advance(String body) {
        requireEnabled();
        JsonBody json = JsonBody.parse(body, Set.of("advanceBy"));
        String text = json.string("advanceBy");
        json.done();
        return view(time.advance(step(text)));
    }

    private ClockView view(Instant now) {
        return new ClockView(now, time.offset().toSeconds());
    }

    private void requireEnabled() {
        if (!time.enabled()) {
            throw new NotFoundException("simulated clock (start the server with -D" + SimulatedTime.PROPERTY + "=true)", "-");
        }
    }

    /** A period counts calendar days from now (P1M is a real month); either must move the clock forward. */
    private Duration step(String text) {
        Checks checks = new Checks();
        Duration step = null;
        if (text == null || text.isBlank()) {
            checks.add("advanceBy", "invalidInput.fieldRequired", "advanceBy is required, e.g. P30D or PT2H.");
        } else {
            try {
                Instant now = time.now();
                step = Duration.between(now, now.atZone(ZoneOffset.UTC).plus(Period.parse(text)).toInstant());
            } catch (DateTimeParseException notAPeriod) {
                try {
                    step = Duration.parse(text);
                } catch (DateTimeParseException e) {
                    checks.add("advanceBy", "invalidInput.wrongType", "advanceBy must be an ISO-8601 period or duration, e.g. P30D or PT2H.");
                }
            }
            if (step != null && (step.isNegative() || step.isZero())) {
                checks.add("advanceBy", "invalidInput.outOfRange", "advanceBy must move the clock forward.");
            }
        }
        checks.throwIfAny();
        return step;
    }
}
