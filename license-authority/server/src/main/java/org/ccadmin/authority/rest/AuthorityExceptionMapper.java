package org.ccadmin.authority.rest;

import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.Response;
import org.ccadmin.authority.domain.AuthorityException;
import org.ccadmin.authority.domain.ConflictException;
import org.ccadmin.authority.domain.InvalidInputException;
import org.ccadmin.authority.domain.NotFoundException;

/** 400 invalid input (with the fields), 404 not found, 409 conflict. */
@Provider
public class AuthorityExceptionMapper implements ExceptionMapper<AuthorityException> {

    @Override
    public Response toResponse(AuthorityException e) {
        if (e instanceof InvalidInputException invalid) {
            return Problem.response(400, e.code(), e.getMessage(), invalid.errors());
        }
        if (e instanceof NotFoundException) {
            return Problem.response(404, e.code(), e.getMessage(), null);
        }
        if (e instanceof ConflictException) {
            return Problem.response(409, e.code(), e.getMessage(), null);
        }
        return Problem.response(400, e.code(), e.getMessage(), null);
    }
}
