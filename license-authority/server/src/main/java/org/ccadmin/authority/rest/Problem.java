package org.ccadmin.authority.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ccadmin.authority.domain.FieldProblem;

/** An RFC 9457 problem body, as ccadmin writes them: {@code code} is the stable key, {@code errors} name fields. */
public record Problem(String type, String title, int status, String detail, String code, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Response response(int status, String code, String detail, List<FieldProblem> errors) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        Problem body = new Problem("https://ccadmin.org/problems/" + code, type == null ? "Error" : type.getReasonPhrase(),
                status, detail, code, errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }
}
