package org.ccadmin.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.ChangeStampRequiredException;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Reference;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.domain.StaleChangeStampException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DomainExceptionMapperTest {

    private static final MediaType PROBLEM = new MediaType("application", "problem+json");

    private final DomainExceptionMapper mapper = new DomainExceptionMapper();

    @BeforeEach
    void needsAJaxRsImplementation() {
        RuntimeDelegateSupport.assumeAvailable();
    }

    /** Checks status, media type and the problem's common members; returns the problem. */
    private static ProblemView problem(Response response, int status, DomainException e) {
        assertEquals(status, response.getStatus());
        assertEquals(PROBLEM, response.getMediaType());
        ProblemView view = assertInstanceOf(ProblemView.class, response.getEntity());
        assertEquals(status, view.status());
        assertEquals(e.code(), view.code());
        assertEquals(e.getMessage(), view.detail());
        assertEquals("https://ccadmin.org/problems/" + e.code(), view.type());
        assertNotNull(view.title());
        assertFalse(view.title().isBlank());
        assertNull(view.instance());
        return view;
    }

    @Test
    void invalidInputIs400WithEveryFieldError() {
        List<FieldError> errors = List.of(new FieldError("name", "invalidInput.fieldRequired", "name is required."),
                new FieldError("size", "invalidInput.outOfRange", "size must be a whole number from 1 to 500."));
        InvalidInputException e = new InvalidInputException(errors);
        ProblemView view = problem(mapper.toResponse(e), 400, e);
        assertEquals("invalidInput", view.code());
        assertEquals("Bad Request", view.title());
        assertEquals(errors, view.errors());
        assertNull(view.references());
    }

    @Test
    void notFoundIs404WithoutErrors() {
        ResourceNotFoundException e = new ResourceNotFoundException("skill group", 17L);
        ProblemView view = problem(mapper.toResponse(e), 404, e);
        assertEquals("notFound", view.code());
        assertEquals("No skill group with id 17 exists.", view.detail());
        assertEquals("Not Found", view.title());
        assertNull(view.errors());
        assertNull(view.references());
    }

    @Test
    void staleChangeStampAsDataIs409WithTheCurrentETag() {
        StaleChangeStampException e = new StaleChangeStampException("agent", 5L, 2, 3, false);
        Response response = mapper.toResponse(e);
        ProblemView view = problem(response, 409, e);
        assertEquals("conflict.staleChangeStamp", view.code());
        assertEquals("Conflict", view.title());
        assertEquals(new EntityTag("3"), response.getEntityTag());
        assertNull(view.errors());
    }

    @Test
    void staleChangeStampViaIfMatchIs412WithTheCurrentETag() {
        StaleChangeStampException e = new StaleChangeStampException("agent", 5L, 2, 9, true);
        Response response = mapper.toResponse(e);
        ProblemView view = problem(response, 412, e);
        assertEquals("conflict.staleChangeStamp", view.code());
        assertEquals("Precondition Failed", view.title());
        EntityTag tag = response.getEntityTag();
        assertEquals("9", tag.getValue());
        assertFalse(tag.isWeak());
    }

    @Test
    void aStaleIfMatchFromETagsEndsAs412() {
        ChangeStamp presented = ETags.presented(ETagsTest.ifMatch("\"2\""), null);
        StaleChangeStampException e = org.junit.jupiter.api.Assertions.assertThrows(StaleChangeStampException.class,
                () -> presented.verify("agent", 5L, 4));
        Response response = mapper.toResponse(e);
        assertEquals(412, response.getStatus());
        assertEquals(new EntityTag("4"), response.getEntityTag());
    }

    @Test
    void missingChangeStampIs428() {
        ChangeStampRequiredException e = new ChangeStampRequiredException();
        Response response = mapper.toResponse(e);
        ProblemView view = problem(response, 428, e);
        assertEquals("changeStampRequired", view.code());
        assertEquals("Precondition Required", view.title());
        assertEquals(428, response.getStatusInfo().getStatusCode());
        assertEquals(Response.Status.Family.CLIENT_ERROR, response.getStatusInfo().getFamily());
    }

    @Test
    void conflictIs409WithItsFieldErrors() {
        ConflictException e = ConflictException.duplicateName("skill group", "Sales");
        ProblemView view = problem(mapper.toResponse(e), 409, e);
        assertEquals("conflict.duplicateName", view.code());
        assertEquals("Conflict", view.title());
        assertEquals(List.of(new FieldError("name", "conflict.duplicateName", e.getMessage())), view.errors());
        assertNull(view.references());
    }

    @Test
    void conflictIs409WithItsReferences() {
        List<Reference> references = List.of(new Reference("precisionQueue", 4, "PQ Sales"),
                new Reference("callType", 9, "CT Sales"));
        ConflictException e = ConflictException.referenced("media routing domain", "Voice", references);
        ProblemView view = problem(mapper.toResponse(e), 409, e);
        assertEquals("referenceViolation", view.code());
        assertEquals(references, view.references());
        assertNull(view.errors());
    }

    @Test
    void conflictWithoutDetailsOmitsErrorsAndReferences() {
        ConflictException e = ConflictException.builtIn("role", "Administrator", "deleted");
        ProblemView view = problem(mapper.toResponse(e), 409, e);
        assertEquals("conflict.builtIn", view.code());
        assertNull(view.errors());
        assertNull(view.references());
    }

    @Test
    void otherDomainExceptionsAre400() {
        DomainException e = new DomainException("somethingElse", "Something else went wrong.") {
        };
        ProblemView view = problem(mapper.toResponse(e), 400, e);
        assertNull(view.errors());
        assertNull(view.references());
    }

    @Test
    void theContainerMapperFindsAWrappedDomainException() {
        ResourceNotFoundException cause = new ResourceNotFoundException("agent", 1L);
        Response response = new ContainerExceptionMapper().toResponse(new jakarta.ejb.EJBException(cause));
        problem(response, 404, cause);
    }
}
