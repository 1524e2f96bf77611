package org.ccadmin.licensing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.ccadmin.licensing.application.AgentSessionService;
import org.ccadmin.licensing.application.AgentSessionView;
import org.ccadmin.licensing.application.SignedInAgentView;
import org.ccadmin.licensing.domain.AgentSessionEvent;
import org.ccadmin.shared.rest.JsonInput;
import org.ccadmin.shared.rest.ListParams;
import org.ccadmin.shared.rest.PageView;
import org.ccadmin.shared.rest.ProblemView;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Agent sign-ins and sign-outs, as a telephony or CTI gateway sends them; the usage reports count them. An event
 * is idempotent per {@code eventId}: a resend with the same content answers the same, other content is a 409.
 * A {@code SIGN_IN} authenticates the agent: {@code password} for an agent that signs in with a password
 * (single sign-on state NON_SSO, or HYBRID with the agent not SSO-enabled), {@code idToken} (an ID token the
 * configured identity provider issued to the agent, audience = the client id) for an SSO agent. Credentials are
 * checked on every sign-in, resends included, and never stored.
 */
@Path("agent-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agent sessions", description = "Sign-in and sign-out events that license usage counts")
public class AgentSessionResource {

    private static final Set<String> EVENT = Set.of("eventId", "type", "agent", "mediaRoutingDomain", "at", "password",
            "idToken");

    @Inject
    private AgentSessionService service;

    @POST
    @APIResponse(responseCode = "200", description = "Recorded (or a resend of a recorded event)",
            content = @Content(schema = @Schema(implementation = AgentSessionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; errors[] names each field (unknown agent or domain too)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "403", description = "signIn.credentialsRequired: the sign-in lacks the password or idToken the agent needs; signIn.refused: wrong password, or a token that fails a check (signature, issuer, audience, expiry, user name); detail says which", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "409", description = "conflict.eventIdReused, conflict.alreadySignedIn, conflict.notSignedIn, conflict.concurrentAgentLimit, conflict.windowClosed, conflict.outOfOrder", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public AgentSessionView record(String body) {
        JsonInput in = JsonInput.parse(body, EVENT);
        in.required("eventId");
        in.required("type");
        in.required("agent");
        String eventId = in.string("eventId");
        AgentSessionEvent.Type type = LicensingResource.constant(in, "type", AgentSessionEvent.Type.class);
        String agent = in.string("agent");
        String domain = in.string("mediaRoutingDomain");
        String at = in.string("at");
        String password = in.string("password");
        String idToken = in.string("idToken");
        in.done();
        return service.record(eventId, type, agent, domain, at, password, idToken);
    }

    /** The agents signed in now, by user name. */
    @GET
    public PageView<SignedInAgentView> signedIn(@BeanParam ListParams list, @Context UriInfo uri) {
        return ListParams.view(service.signedIn(list.toRequest(Set.of("userName"), "userName")), uri);
    }
}
