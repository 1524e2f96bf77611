package org.ccadmin.bulk.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.ccadmin.bulk.application.BulkJobFiles;
import org.ccadmin.bulk.application.BulkJobService;
import org.ccadmin.bulk.application.BulkJobViews.BulkJobView;
import org.ccadmin.bulk.domain.BulkJob;
import org.ccadmin.bulk.domain.BulkJobState;
import org.ccadmin.bulk.domain.BulkJobType;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.domain.Violations;
import org.ccadmin.shared.rest.ETags;
import org.ccadmin.shared.rest.ListParams;
import org.ccadmin.shared.rest.PageView;

/**
 * Bulk jobs. {@code POST} takes {@code multipart/form-data} with the parts {@code type} ({@code agent} or
 * {@code ssomigration}), {@code file} (the CSV content file), {@code description} and {@code dryRun}; the
 * file is checked before the job exists (400 naming the lines) and the answer is {@code 202 Accepted} with
 * the job's {@code Location}. {@code /log}, {@code /result} and {@code /csv} give the job's files, from the
 * database, on any node; {@code /templates/{type}} a template to fill in.
 */
@Path("bulk-jobs")
@Produces(MediaType.APPLICATION_JSON)
public class BulkJobResource {

    private static final Set<String> PARTS = Set.of("type", "file", "description", "dryRun");
    private static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    private BulkJobService service;

    @Inject
    private BulkJobFiles files;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(List<EntityPart> parts, @Context UriInfo uri) throws IOException {
        Violations v = new Violations();
        String type = null;
        String description = null;
        String dryRun = null;
        byte[] content = null;
        for (EntityPart part : parts) {
            switch (part.getName()) {
                case "type" -> type = part.getContent(String.class);
                case "description" -> description = part.getContent(String.class);
                case "dryRun" -> dryRun = part.getContent(String.class).strip();
                case "file" -> content = read(part);
                default -> v.add(part.getName(), "invalidInput.unknownField", "Unknown part '" + part.getName() + "'; the parts are "
                        + String.join(", ", new java.util.TreeSet<>(PARTS)) + ".");
            }
        }
        BulkJobType jobType = null;
        if (type == null || type.isBlank()) {
            v.add("type", "invalidInput.fieldRequired", "type is required: agent or ssomigration.");
        } else {
            jobType = BulkJobType.named(type).orElse(null);
            if (jobType == null) {
                v.add("type", "invalidInput.jobType", "type must be agent or ssomigration, not '" + type.strip() + "'.");
            }
        }
        if (content == null) {
            v.add("file", "invalidInput.fieldRequired", "file is required: the CSV content file.");
        }
        if (dryRun != null && !dryRun.isEmpty() && !dryRun.matches("(?i)true|false")) {
            v.add("dryRun", "invalidInput.wrongType", "dryRun must be true or false.");
        }
        v.throwIfAny();
        BulkJobView job = service.submit(jobType, description, Boolean.parseBoolean(dryRun), content);
        return Response.accepted(job).location(uri.getBaseUriBuilder().path(BulkJobResource.class).path(Long.toString(job.id())).build())
                .tag(ETags.of(job.changeStamp())).build();
    }

    @GET
    public PageView<BulkJobView> list(@BeanParam ListParams list, @QueryParam("type") String type, @QueryParam("state") String state,
            @Context UriInfo uri) {
        Violations v = new Violations();
        PageRequest page = list.toRequest(v, BulkJob.SORTABLE, "createdAt", false);
        BulkJobType jobType = null;
        if (type != null && !type.isBlank()) {
            jobType = BulkJobType.named(type).orElse(null);
            if (jobType == null) {
                v.add("type", "invalidInput.jobType", "type must be agent or ssomigration.");
            }
        }
        BulkJobState jobState = null;
        if (state != null && !state.isBlank()) {
            try {
                jobState = BulkJobState.valueOf(state.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add("state", "invalidInput.jobState", "state must be one of queued, processing, succeeded, failed, cancelled, "
                        + "partially_succeeded.");
            }
        }
        v.throwIfAny();
        return ListParams.view(service.search(jobType, jobState, page), uri);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        BulkJobView view = service.get(id);
        return Response.ok(view).tag(ETags.of(view.changeStamp())).build();
    }

    /** Stops the job at its next chunk boundary; what was committed stays. 202: the job ends a moment later. */
    @POST
    @Path("{id}/cancel")
    public Response cancel(@PathParam("id") long id) {
        return Response.accepted(service.cancel(id)).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("changeStamp") String stamp, @Context HttpHeaders headers) {
        service.delete(id, ETags.presentedForDelete(headers, stamp));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/log")
    @Produces("text/plain; charset=UTF-8")
    public Response log(@PathParam("id") long id) {
        return file(id, "bulk-job-" + id + ".log", "text/plain; charset=UTF-8", files::log);
    }

    @GET
    @Path("{id}/result")
    @Produces(CSV)
    public Response result(@PathParam("id") long id) {
        return file(id, "bulk-job-" + id + "-result.csv", CSV, files::result);
    }

    @GET
    @Path("{id}/csv")
    @Produces(CSV)
    public Response csv(@PathParam("id") long id) {
        return file(id, "bulk-job-" + id + ".csv", CSV, files::csv);
    }

    @GET
    @Path("templates/{type}")
    @Produces(CSV)
    public Response template(@PathParam("type") String type) {
        BulkJobType t = BulkJobType.named(type).orElseThrow(() -> new ResourceNotFoundException("bulk job template", type));
        StreamingOutput body = out -> write(out, w -> files.template(t, w));
        return Response.ok(body, CSV).header("Content-Disposition", "attachment; filename=\"" + t.path() + "-template.csv\"").build();
    }

    private Response file(long id, String name, String type, BiConsumer<Long, Writer> writer) {
        service.get(id); // 404 before the body starts
        StreamingOutput body = out -> write(out, w -> writer.accept(id, w));
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static void write(java.io.OutputStream out, java.util.function.Consumer<Writer> content) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        content.accept(w);
        w.flush();
    }

    private static byte[] read(EntityPart part) throws IOException {
        try (InputStream in = part.getContent()) {
            return in.readAllBytes();
        } catch (IllegalStateException e) {
            throw InvalidInputException.of("file", "invalidInput.file", "The file part could not be read.");
        }
    }
}
