package org.ccadmin.shared.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.Reference;

/** Builds problem responses; the only place that knows the problem media type and type URIs. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://ccadmin.org/problems/";

    private Problems() {
    }

    public static Response response(Response.StatusType status, String code, String detail) {
        return response(status, code, detail, null, null);
    }

    public static Response response(Response.StatusType status, String code, String detail, List<FieldError> errors,
            List<Reference> references) {
        ProblemView body = new ProblemView(TYPE_BASE + code, status.getReasonPhrase(), status.getStatusCode(), detail,
                null, code, errors == null || errors.isEmpty() ? null : errors,
                references == null || references.isEmpty() ? null : references);
        return Response.status(status.getStatusCode()).type(MEDIA_TYPE).entity(body).build();
    }
}
