package org.ccadmin.sso.rest;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccadmin.shared.rest.ETags;
import org.ccadmin.shared.rest.JsonInput;
import org.ccadmin.shared.rest.ProblemView;
import org.ccadmin.sso.application.GlobalStateView;
import org.ccadmin.sso.application.IdentityProviderView;
import org.ccadmin.sso.application.SsoSettingsService;
import org.ccadmin.sso.domain.IdentityProviderChange;
import org.ccadmin.sso.domain.ProviderCheck;
import org.ccadmin.sso.domain.SsoState;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Single sign-on settings. {@code global-state}: {@code state} NON_SSO | HYBRID | SSO (HYBRID and SSO need a
 * configured identity provider). {@code identity-provider}: the OpenID Connect issuer (discovery at
 * {@code <issuer>/.well-known/openid-configuration}), clientId, clientSecret (accepted, never returned:
 * {@code clientSecretSet}), scopes, userNameClaim, groupClaim with administratorGroups / supervisorGroups.
 * A PUT carries only what changes plus the changeStamp (or If-Match). {@code identity-provider/test} fetches the
 * discovery document and keys now and lists each check.
 */
@Path("sso")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Single sign-on", description = "SSO state and the OpenID Connect identity provider")
public class SsoResource {

    private static final Set<String> STATE_FIELDS = Set.of("state", "changeStamp");
    private static final Set<String> IDP_FIELDS = Set.of("issuer", "clientId", "clientSecret", "scopes", "userNameClaim",
            "groupClaim", "administratorGroups", "supervisorGroups", "changeStamp");

    @Inject
    private SsoSettingsService service;

    @GET
    @Path("global-state")
    public Response globalState() {
        GlobalStateView view = service.globalState();
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    @PUT
    @Path("global-state")
    @APIResponse(responseCode = "200", description = "Saved; ETag is the new changeStamp", content = @Content(schema = @Schema(implementation = GlobalStateView.class)))
    @APIResponse(responseCode = "400", description = "state missing or unknown", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "409", description = "conflict.identityProviderNotConfigured (HYBRID/SSO without a configured identity provider) or a stale changeStamp", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public Response changeGlobalState(String body, @Context HttpHeaders headers) {
        JsonInput in = JsonInput.parse(body, STATE_FIELDS);
        in.required("state");
        Long stamp = in.longValue("changeStamp");
        SsoState state = in.constant("state", SsoState.class);
        in.done();
        GlobalStateView view = service.changeGlobalState(ETags.presented(headers, stamp), state);
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    @GET
    @Path("identity-provider")
    public Response identityProvider() {
        IdentityProviderView view = service.identityProvider();
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    @PUT
    @Path("identity-provider")
    @APIResponse(responseCode = "200", description = "Saved; ETag is the new changeStamp", content = @Content(schema = @Schema(implementation = IdentityProviderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; errors[] names each field", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "409", description = "conflict.identityProviderInUse (clearing issuer, client id or secret while HYBRID/SSO) or a stale changeStamp", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public Response changeIdentityProvider(String body, @Context HttpHeaders headers) {
        JsonInput in = JsonInput.parse(body, IDP_FIELDS);
        Long stamp = in.longValue("changeStamp");
        IdentityProviderChange change = new IdentityProviderChange(in.string("issuer"), in.string("clientId"),
                in.string("clientSecret"), in.string("scopes"), in.string("userNameClaim"), in.string("groupClaim"),
                in.strings("administratorGroups"), in.strings("supervisorGroups"));
        in.done();
        IdentityProviderView view = service.changeIdentityProvider(ETags.presented(headers, stamp), change);
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    @POST
    @Path("identity-provider/test")
    @APIResponse(responseCode = "200", description = "{ok, checks: [{name, status OK|WARN|FAIL, detail}]}; ok is false when any check failed")
    public Map<String, Object> test() {
        List<ProviderCheck> checks = service.test();
        return Map.of("ok", checks.stream().noneMatch(c -> c.status() == ProviderCheck.Status.FAIL), "checks", checks);
    }
}
