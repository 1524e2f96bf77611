package org.ccadmin.licensing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccadmin.licensing.application.LicensingLogView;
import org.ccadmin.licensing.application.LicensingService;
import org.ccadmin.licensing.application.LicensingStatusView;
import org.ccadmin.licensing.application.TransportView;
import org.ccadmin.licensing.application.UsageReportCsv;
import org.ccadmin.licensing.application.UsageReportView;
import org.ccadmin.licensing.application.UsageSummaryView;
import java.time.Instant;
import java.util.List;
import org.ccadmin.licensing.domain.CaCertificate;
import org.ccadmin.licensing.domain.ConnectionMode;
import org.ccadmin.licensing.domain.DeploymentType;
import org.ccadmin.licensing.domain.LicenseType;
import org.ccadmin.licensing.domain.LicensingLogEntry;
import org.ccadmin.licensing.domain.TransportSettings;
import org.ccadmin.licensing.domain.UsageMode;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.Violations;
import org.ccadmin.shared.rest.ETags;
import org.ccadmin.shared.rest.JsonInput;
import org.ccadmin.shared.rest.ListParams;
import org.ccadmin.shared.rest.PageView;
import org.ccadmin.shared.rest.ProblemView;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Infrastructure Settings › License Management: the Smart Licensing status, the license settings (deployment
 * type, license type, usage mode), Transport Settings with the CA certificate for HTTPS, the verbs that talk to
 * the license authority, and the licensing log. The editable parts (settings, transport) take the changeStamp
 * of the status like every other resource; the verbs are actions (POST) and need none. A failed exchange is a
 * problem: 409 with the authority's code when it refused, 502 {@code authority.unreachable} when it could not be
 * reached; either way it is in the licensing log.
 */
@Path("licensing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "License Management", description = "Infrastructure Settings: smart licensing status, settings, transport, registration")
public class LicensingResource {

    private static final Set<String> SETTINGS = Set.of("deploymentType", "licenseType", "usageMode", "dialerPorts", "changeStamp");
    private static final Set<String> TRANSPORT = Set.of("mode", "gatewayUrl", "proxyHost", "proxyPort", "caCertificate", "changeStamp");
    private static final Set<String> CA = Set.of("pem", "changeStamp");
    private static final Set<String> TOKEN = Set.of("token");

    @Inject
    private LicensingService service;

    @GET
    public Response status() {
        return withTag(service.status());
    }

    @PUT
    @Path("settings")
    @APIResponse(responseCode = "200", description = "Saved; the new status, ETag its changeStamp",
            content = @Content(schema = @Schema(implementation = LicensingStatusView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; errors[] names each field", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "409", description = "conflict.deregisterFirst while registered, or a stale changeStamp", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public Response changeSettings(String body, @Context HttpHeaders headers) {
        JsonInput in = JsonInput.parse(body, SETTINGS);
        Long stamp = in.longValue("changeStamp");
        DeploymentType deploymentType = constant(in, "deploymentType", DeploymentType.class);
        LicenseType licenseType = constant(in, "licenseType", LicenseType.class);
        UsageMode usageMode = constant(in, "usageMode", UsageMode.class);
        Integer dialerPorts = in.integer("dialerPorts");
        in.done();
        return withTag(service.changeSettings(ETags.presented(headers, stamp), deploymentType, licenseType, usageMode,
                dialerPorts));
    }

    @GET
    @Path("transport")
    public Response transport() {
        TransportView view = service.transport();
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    @PUT
    @Path("transport")
    @APIResponse(responseCode = "200", description = "Saved; ETag is the new changeStamp",
            content = @Content(schema = @Schema(implementation = TransportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; errors[] names each field", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "409", description = "Stale changeStamp", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public Response configureTransport(String body, @Context HttpHeaders headers) {
        JsonInput in = JsonInput.parse(body, TRANSPORT);
        Long stamp = in.longValue("changeStamp");
        in.required("mode");
        ConnectionMode mode = constant(in, "mode", ConnectionMode.class);
        String gatewayUrl = in.string("gatewayUrl");
        String proxyHost = in.string("proxyHost");
        Integer proxyPort = in.integer("proxyPort");
        in.done();
        TransportView view = service.configureTransport(ETags.presented(headers, stamp),
                new TransportSettings(mode, gatewayUrl, proxyHost, proxyPort));
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    /** The authority's CA certificate for HTTPS, as PEM text ({@code pem}); shown afterwards by subject and expiry. */
    @PUT
    @Path("transport/ca-certificate")
    @APIResponse(responseCode = "200", description = "Trusted from the next exchange on; ETag is the new changeStamp",
            content = @Content(schema = @Schema(implementation = TransportView.class)))
    @APIResponse(responseCode = "400", description = "Not an X.509 certificate in PEM (field caCertificate)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public Response uploadCaCertificate(String body, @Context HttpHeaders headers) {
        JsonInput in = JsonInput.parse(body, CA);
        Long stamp = in.longValue("changeStamp");
        String pem = in.string("pem");
        in.done();
        CaCertificate certificate;
        try {
            certificate = CaCertificate.parse(pem);
        } catch (org.ccadmin.shared.domain.InvalidInputException e) {
            // The body field is "pem"; the problem names it so.
            throw org.ccadmin.shared.domain.InvalidInputException.of("pem", e.errors().get(0).code(),
                    e.errors().get(0).message().replace(CaCertificate.FIELD, "pem"));
        }
        TransportView view = service.trustCaCertificate(ETags.presented(headers, stamp), certificate);
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    @DELETE
    @Path("transport/ca-certificate")
    public Response removeCaCertificate(@QueryParam("changeStamp") String stamp, @Context HttpHeaders headers) {
        TransportView view = service.trustCaCertificate(ETags.presentedForDelete(headers, stamp), null);
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    @POST
    @Path("register")
    @APIResponse(responseCode = "200", description = "Registered; the new status",
            content = @Content(schema = @Schema(implementation = LicensingStatusView.class)))
    @APIResponse(responseCode = "409", description = "Not ready (license type, transport), already registered, or refused by the authority (its code)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    @APIResponse(responseCode = "502", description = "authority.unreachable", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemView.class)))
    public Response register(String body) {
        return withTag(service.register(token(body)));
    }

    @POST
    @Path("reregister")
    public Response reregister(String body) {
        return withTag(service.reregister(token(body)));
    }

    /** Releases the licenses; if the authority cannot be reached, deregisters locally (see the licensing log). */
    @POST
    @Path("deregister")
    public Response deregister(String body) {
        noFields(body);
        return withTag(service.deregister());
    }

    @POST
    @Path("renew-authorization")
    public Response renewAuthorization(String body) {
        noFields(body);
        return withTag(service.renewAuthorization());
    }

    @POST
    @Path("renew-registration")
    public Response renewRegistration(String body) {
        noFields(body);
        return withTag(service.renewRegistration());
    }

    /** The license consumption summary: per line, usage count (actual), reported usage (locked while OOC), status. */
    @GET
    @Path("usage")
    public UsageSummaryView usage() {
        return service.usageSummary();
    }

    /** The stored 15-minute usage reports of the windows starting in [from, to) (ISO-8601 instants, at most 93 days). */
    @GET
    @Path("usage-reports")
    public List<UsageReportView> usageReports(@QueryParam("from") String from, @QueryParam("to") String to) {
        Violations v = new Violations();
        Instant f = instant(v, "from", from);
        Instant t = instant(v, "to", to);
        v.throwIfAny();
        return service.usageReports(f, t);
    }

    /** The same windows as CSV ({@code Accept: text/csv}), the License Consumption report's export format. */
    @GET
    @Path("usage-reports")
    @Produces("text/csv;qs=0.5")
    public Response usageReportsCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        String csv = UsageReportCsv.of(usageReports(from, to));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"license-consumption.csv\"").build();
    }

    private static Instant instant(Violations v, String name, String value) {
        if (value == null || value.isBlank()) {
            v.add(name, "invalidInput.fieldRequired", name + " is required (an ISO-8601 instant).");
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            v.add(name, "invalidInput.instant", name + " must be an ISO-8601 instant such as 2026-01-01T00:00:00Z.");
            return null;
        }
    }

    /** Newest first by default. */
    @GET
    @Path("log")
    public PageView<LicensingLogView> log(@BeanParam ListParams list, @Context UriInfo uri) {
        Violations v = new Violations();
        PageRequest request = list.toRequest(v, LicensingLogEntry.SORTABLE, "id", false);
        v.throwIfAny();
        return ListParams.view(service.log(request), uri);
    }

    private static Response withTag(LicensingStatusView view) {
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    private static String token(String body) {
        JsonInput in = JsonInput.parse(body, TOKEN);
        in.required("token");
        String token = in.string("token");
        in.done();
        return token;
    }

    /** An action without parameters takes no body, or an empty object. */
    private static void noFields(String body) {
        if (body != null && !body.isBlank()) {
            JsonInput.parse(body, Set.of()).done();
        }
    }

    static <E extends Enum<E>> E constant(JsonInput in, String field, Class<E> type) {
        return in.constant(field, type);
    }
}
