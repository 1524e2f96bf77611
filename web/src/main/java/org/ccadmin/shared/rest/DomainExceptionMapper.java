package org.ccadmin.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.ccadmin.licensing.domain.ExchangeFailedException;
import org.ccadmin.notifications.domain.MailNotSentException;
import org.ccadmin.shared.domain.ChangeStampRequiredException;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.ForbiddenException;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.domain.StaleChangeStampException;
import org.ccadmin.sso.domain.SignInRefusedException;

/**
 * Every rule violation of the domain becomes one problem: 400 invalid input, 403 a field the role may not
 * change (named), 404 not found, 409 conflict
 * (stale changeStamp, duplicate name, built-in, limit, still referenced), 412 stale If-Match, 428 missing
 * changeStamp, 502 when the license authority or the SMTP server could not be reached, 403 for a refused
 * agent sign-in (missing or wrong credentials).
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        return toProblem(e);
    }

    static Response toProblem(DomainException e) {
        if (e instanceof InvalidInputException invalid) {
            return Problems.response(Status.BAD_REQUEST, e.code(), e.getMessage(), invalid.errors(), null);
        }
        if (e instanceof ForbiddenException forbidden) {
            return Problems.response(Status.FORBIDDEN, e.code(), e.getMessage(), forbidden.errors(), null);
        }
        if (e instanceof ResourceNotFoundException) {
            return Problems.response(Status.NOT_FOUND, e.code(), e.getMessage());
        }
        if (e instanceof StaleChangeStampException stale) {
            Response.Status status = stale.viaPrecondition() ? Status.PRECONDITION_FAILED : Status.CONFLICT;
            return Response.fromResponse(Problems.response(status, e.code(), e.getMessage()))
                    .tag(ETags.of(stale.current())).build();
        }
        if (e instanceof ChangeStampRequiredException) {
            return Problems.response(new PreconditionRequired(), e.code(), e.getMessage());
        }
        if (e instanceof ExchangeFailedException failed && failed.isUnreachable()) {
            return Problems.response(Status.BAD_GATEWAY, e.code(), e.getMessage());
        }
        if (e instanceof MailNotSentException) {
            return Problems.response(Status.BAD_GATEWAY, e.code(), e.getMessage());
        }
        if (e instanceof SignInRefusedException) {
            return Problems.response(Status.FORBIDDEN, e.code(), e.getMessage());
        }
        if (e instanceof ConflictException conflict) {
            return Problems.response(Status.CONFLICT, e.code(), e.getMessage(), conflict.errors(), conflict.references());
        }
        return Problems.response(Status.BAD_REQUEST, e.code(), e.getMessage(), List.of(), List.of());
    }

    /** 428 is not in JAX-RS's Status enum. */
    static final class PreconditionRequired implements Response.StatusType {
        @Override public int getStatusCode() { return 428; }
        @Override public Response.Status.Family getFamily() { return Response.Status.Family.CLIENT_ERROR; }
        @Override public String getReasonPhrase() { return "Precondition Required"; }
    }
}
