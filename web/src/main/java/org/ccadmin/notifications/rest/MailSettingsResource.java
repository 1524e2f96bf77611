package org.ccadmin.notifications.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.ccadmin.notifications.application.MailService;
import org.ccadmin.notifications.application.MailSettingsView;
import org.ccadmin.notifications.domain.MailSettingsChange;
import org.ccadmin.shared.rest.ETags;
import org.ccadmin.shared.rest.JsonInput;
import org.ccadmin.shared.rest.ProblemView;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * E-mail notifications of licensing state changes: the SMTP server (host, port, tls = STARTTLS required,
 * optional username and password), from and to. A PUT carries only what changes; {@code password} is accepted
 * but never returned ({@code passwordSet} says whether one is kept). {@code POST /mail-settings/test} sends a
 * test message now.
 */
@Path("mail-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "E-mail notifications of licensing state changes")
public class MailSettingsResource {

    private static final Set<String> FIELDS = Set.of("enabled", "host", "port", "tls", "username", "password", "from", "to",
            "changeStamp");

    @Inject
    private MailService service;

    @GET
    public Response settings() {
        MailSettingsView view = service.settings();
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    @PUT
    @APIResponse(responseCode = "200", description = "Saved; ETag is the new changeStamp",
            content = @Content(schema = @Schema(implementation = MailSettingsView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; errors[] names each field", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "409", description = "Stale changeStamp", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public Response change(String body, @Context HttpHeaders headers) {
        JsonInput in = JsonInput.parse(body, FIELDS);
        Long stamp = in.longValue("changeStamp");
        MailSettingsChange change = new MailSettingsChange(in.bool("enabled"), in.string("host"), in.integer("port"),
                in.bool("tls"), in.string("username"), in.string("password"), in.string("from"), in.string("to"));
        in.done();
        MailSettingsView view = service.change(ETags.presented(headers, stamp), change);
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    @POST
    @Path("test")
    @APIResponse(responseCode = "204", description = "The SMTP server accepted the test message")
    @APIResponse(responseCode = "409", description = "conflict.mailNotConfigured: disabled or incomplete", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "502", description = "mail.notSent: the SMTP server could not be reached or refused; detail says why", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public Response test() {
        service.sendTest();
        return Response.noContent().build();
    }
}
