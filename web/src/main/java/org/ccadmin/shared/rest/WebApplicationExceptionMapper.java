package org.ccadmin.shared.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (unknown path, wrong method, unsupported media type…) as problems, not HTML pages. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        if (type == null) {
            type = original.getStatusInfo();
        }
        String code = switch (status) {
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 406 -> "notAcceptable";
            case 415 -> "unsupportedMediaType";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            default -> status >= 500 ? "serverError" : "badRequest";
        };
        String detail = switch (status) {
            case 404 -> "No resource exists at this address.";
            case 405 -> "This resource does not support this HTTP method.";
            case 406 -> "This resource answers only application/json.";
            case 415 -> "Send the request body as application/json.";
            default -> type.getReasonPhrase();
        };
        Response problem = Problems.response(type, code, detail);
        if (e instanceof NotAllowedException && original.getHeaderString("Allow") != null) {
            return Response.fromResponse(problem).header("Allow", original.getHeaderString("Allow")).build();
        }
        return problem;
    }
}
