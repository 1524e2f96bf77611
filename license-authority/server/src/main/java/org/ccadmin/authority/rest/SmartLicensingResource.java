package org.ccadmin.authority.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.ccadmin.authority.application.SmartLicensingExchange;
import org.ccadmin.licensing.protocol.MessageType;
import org.ccadmin.licensing.protocol.SignedMessage;

/**
 * The protocol endpoints: a JWS in, a signed JWS out (success or {@code refused}). Any content type is
 * accepted on purpose: the body's signature, not a header, decides. A body that is no JWS at all gets a
 * plain problem, since there is nothing to answer in kind.
 */
@Path("smart-licensing")
public class SmartLicensingResource {

    @Inject
    private SmartLicensingExchange exchange;

    @POST
    @Path("register")
    public Response register(String body) {
        return answer(MessageType.REGISTER, body);
    }

    @POST
    @Path("renew-registration")
    public Response renewRegistration(String body) {
        return answer(MessageType.RENEW_REGISTRATION, body);
    }

    @POST
    @Path("authorize")
    public Response authorize(String body) {
        return answer(MessageType.AUTHORIZE, body);
    }

    @POST
    @Path("report-usage")
    public Response reportUsage(String body) {
        return answer(MessageType.REPORT_USAGE, body);
    }

    @POST
    @Path("deregister")
    public Response deregister(String body) {
        return answer(MessageType.DEREGISTER, body);
    }

    private Response answer(MessageType type, String body) {
        SmartLicensingExchange.Answer answer = exchange.exchange(type, body);
        if (answer.signedBody() == null) {
            return Problem.response(answer.status(), answer.unsigned().code(), answer.unsigned().message(), null);
        }
        return Response.status(answer.status()).type(SignedMessage.MEDIA_TYPE).entity(answer.signedBody()).build();
    }
}
