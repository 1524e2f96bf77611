package org.ccadmin.shared.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.ccadmin.shared.application.AuditEntryView;
import org.ccadmin.shared.application.AuditFilter;
import org.ccadmin.shared.application.AuditService;
import org.ccadmin.shared.domain.AuditAction;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.Violations;

/** The audit trail: who changed what and when. Newest first unless sorted otherwise. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditService audit;

    @GET
    public PageView<AuditEntryView> list(@BeanParam ListParams list, @QueryParam("resourceType") String resourceType,
            @QueryParam("resourceId") String resourceId, @QueryParam("actor") String actor,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @Context UriInfo uri) {
        Violations v = new Violations();
        Long id = null;
        if (resourceId != null && !resourceId.isBlank()) {
            try {
                id = Long.parseLong(resourceId.strip());
            } catch (NumberFormatException e) {
                v.add("resourceId", "invalidInput.wrongType", "resourceId must be a whole number.");
            }
        }
        AuditAction act = null;
        if (action != null && !action.isBlank()) {
            try {
                act = AuditAction.valueOf(action.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add("action", "invalidInput.enum", "action must be one of create, update, delete.");
            }
        }
        Instant fromInstant = instant(v, "from", from);
        Instant toInstant = instant(v, "to", to);
        PageRequest page = list.toRequest(v, AuditFilter.SORTABLE, "occurredAt", false);
        v.throwIfAny();
        AuditFilter filter = new AuditFilter(blankToNull(resourceType), id, blankToNull(actor), act, fromInstant, toInstant);
        return ListParams.view(audit.search(filter, page), uri);
    }

    private static Instant instant(Violations v, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            v.add(name, "invalidInput.wrongType", name + " must be an ISO-8601 instant such as 2026-01-31T09:00:00Z.");
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
