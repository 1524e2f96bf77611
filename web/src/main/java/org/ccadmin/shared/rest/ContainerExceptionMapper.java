package org.ccadmin.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccadmin.shared.domain.DomainException;

/**
 * Everything that is not a rule violation or an HTTP error of JAX-RS itself. Missing role → 403. A write
 * that lost a race (optimistic lock, unique index) at commit → 409. Anything else → 500 with an incident id
 * that is also in the server log; the client never sees a stack trace.
 */
@Provider
public class ContainerExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ContainerExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return DomainExceptionMapper.toProblem(domain);
            }
            if (t instanceof jakarta.ws.rs.WebApplicationException web) {
                return new WebApplicationExceptionMapper().toResponse(web);
            }
            if (t instanceof EJBAccessException) {
                return Problems.response(Status.FORBIDDEN, "forbidden", "Your role does not allow this operation.");
            }
            if (t instanceof OptimisticLockException) {
                return Problems.response(Status.CONFLICT, "conflict.staleChangeStamp",
                        "Someone else changed this item at the same moment. Reload it and apply your change again.");
            }
            if (t instanceof PersistenceException && isConstraintViolation(t)) {
                return Problems.response(Status.CONFLICT, "conflict.concurrentChange",
                        "Another change conflicting with this one was saved at the same moment (for example the same name). "
                                + "Reload and try again.");
            }
            if (t instanceof EJBException && t.getCause() == null) {
                break;
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return Problems.response(Status.INTERNAL_SERVER_ERROR, "serverError",
                "The server failed to handle this request. Incident " + incident + " is in the server log.");
    }

    private static boolean isConstraintViolation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLIntegrityConstraintViolationException
                    || c.getClass().getName().endsWith("ConstraintViolationException")) {
                return true;
            }
            if (c instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
