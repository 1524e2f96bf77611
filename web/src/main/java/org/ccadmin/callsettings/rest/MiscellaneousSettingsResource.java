package org.ccadmin.callsettings.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.ccadmin.callsettings.application.MiscellaneousSettingsService;
import org.ccadmin.callsettings.application.MiscellaneousSettingsView;
import org.ccadmin.shared.rest.ETags;
import org.ccadmin.shared.rest.JsonInput;
import org.ccadmin.shared.rest.ProblemView;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Call Settings › Miscellaneous: {@code sessionTimeoutMinutes}, the inactivity timeout of console sessions
 * (15–1440, default 30; applied to open sessions too, within a minute on every node). A PUT carries the
 * fields it changes and the {@code changeStamp} it read (or If-Match).
 */
@Path("call-settings/miscellaneous")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MiscellaneousSettingsResource {

    private static final Set<String> FIELDS = Set.of("sessionTimeoutMinutes", "minSessionTimeoutMinutes",
            "maxSessionTimeoutMinutes", "changeStamp");

    @Inject
    private MiscellaneousSettingsService service;

    @GET
    public Response settings() {
        MiscellaneousSettingsView view = service.settings();
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    @PUT
    @APIResponse(responseCode = "200", description = "Saved; ETag is the new changeStamp",
            content = @Content(schema = @Schema(implementation = MiscellaneousSettingsView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; errors[] names each field", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "409", description = "Stale changeStamp", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public Response change(String body, @Context HttpHeaders headers) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        Long stamp = in.longValue("changeStamp");
        Integer timeout = in.integer("sessionTimeoutMinutes");
        in.done();
        MiscellaneousSettingsView view = service.change(ETags.presented(headers, stamp), timeout);
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }
}
