package org.ccadmin.bulk.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccadmin.bulk.domain.BulkJob;
import org.ccadmin.bulk.domain.BulkJobRow;
import org.ccadmin.bulk.domain.BulkJobState;
import org.ccadmin.bulk.domain.BulkJobType;
import org.ccadmin.bulk.domain.BulkJobs;
import org.ccadmin.bulk.domain.ContentFile;
import org.ccadmin.identity.domain.Role;
import org.ccadmin.shared.domain.ResourceNotFoundException;

/**
 * A job's files, written from the database a page of rows at a time (any node serves them, also while
 * the job runs): the log in the modelled system's format ({@code <time> - <event>} lines), the result file
 * (the input rows with {@code result} and {@code message} columns, ready to fix and submit again), the
 * original file, and the templates.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class BulkJobFiles {

    private static final int PAGE = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BulkJobs jobs;

    public void log(long id, Writer out) {
        BulkJob job = load(id);
        List<String> columns = job.type().columns();
        line(out, job.createdAt(), "Job created" + (job.dryRun() ? " (dry run: nothing will be changed)" : ""));
        if (job.startedAt() == null) {
            return;
        }
        line(out, job.startedAt(), "Job started");
        line(out, job.startedAt(), "Processing line 1: Header");
        forEachRow(id, row -> {
            if (row.outcome() == null) {
                return;
            }
            line(out, row.processedAt(), "Processing line " + row.line() + ": " + described(columns, row.content()));
            List<String> messages = (row.message() == null ? "" : row.message()).lines().toList();
            if (!row.outcome().succeeded()) {
                line(out, row.processedAt(), "Error processing line " + row.line() + ": " + String.join(" ", messages));
            } else {
                messages.forEach(m -> line(out, row.processedAt(), m));
            }
        });
        if (job.state().finished()) {
            line(out, job.endedAt(), switch (job.state()) {
                case SUCCEEDED -> "Job completed successfully";
                case PARTIALLY_SUCCEEDED -> "Job partially completed due to errors";
                case CANCELLED -> "Job cancelled; the rows processed before are kept";
                default -> "Job failed" + (job.failure() == null ? "" : ": " + job.failure());
            });
            line(out, job.endedAt(), job.processed() + " lines processed, " + job.succeeded() + " succeeded, " + job.failed() + " failed");
            if (job.type() == BulkJobType.AGENT) {
                line(out, job.endedAt(), job.createdTeams() + " agent teams created, " + job.createdAttributes() + " attributes created, "
                        + job.created() + " agents created, " + job.updated() + " agents updated, " + job.deleted() + " agents deleted");
            } else {
                line(out, job.endedAt(), job.updated() + " agents migrated to SSO");
            }
        }
    }

    public void result(long id, Writer out) {
        BulkJob job = load(id);
        write(out, job.header() + ",result,message\r\n");
        forEachRow(id, row -> write(out, row.content() + "," + ContentFile.line(List.of(
                row.outcome() == null ? "" : row.outcome().name().toLowerCase(Locale.ROOT),
                row.message() == null ? "" : String.join("; ", row.message().lines().toList()))) + "\r\n"));
    }

    /** The file as submitted (passwords are dropped from each row once it is processed). */
    public void csv(long id, Writer out) {
        BulkJob job = load(id);
        write(out, job.header() + "\r\n");
        forEachRow(id, row -> write(out, row.content() + "\r\n"));
    }

    /** The template: the header and an example row; for SSO migration, a row for every agent not yet SSO-enabled. */
    public void template(BulkJobType type, Writer out) {
        write(out, ContentFile.line(type.columns()) + "\r\n");
        if (type == BulkJobType.AGENT) {
            write(out, ContentFile.line(type.example()) + "\r\n");
            return;
        }
        long after = Long.MIN_VALUE;
        while (true) {
            List<Object[]> page = em.createQuery("select a.id, a.userName, a.firstName, a.lastName from Agent a "
                    + "where a.ssoEnabled = false and a.id > :after order by a.id", Object[].class).setParameter("after", after)
                    .setMaxResults(PAGE).getResultList();
            for (Object[] a : page) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= 3; i++) {
                    cells.add(a[i] == null ? "" : (String) a[i]);
                }
                cells.add("");
                write(out, ContentFile.line(cells) + "\r\n");
                after = (Long) a[0];
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    public BulkJobState state(long id) {
        return load(id).state();
    }

    private void forEachRow(long id, java.util.function.Consumer<BulkJobRow> each) {
        int after = 0;
        while (true) {
            List<BulkJobRow> page = jobs.rows(id, after, PAGE);
            page.forEach(each);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).line();
            em.clear();
        }
    }

    /** {@code column=value, …} as the modelled log shows a line; a password is never shown. */
    private static String described(List<String> columns, String content) {
        List<String> cells = ContentFile.cells(content);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String value = i < cells.size() ? cells.get(i) : "";
            parts.add(columns.get(i) + "=" + ("password".equals(columns.get(i)) && !value.isEmpty() ? "******" : value));
        }
        return String.join(", ", parts);
    }

    private static void line(Writer out, Instant at, String text) {
        write(out, TIME.format((at == null ? Instant.EPOCH : at).truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC))
                + " - " + text + "\n");
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BulkJob load(long id) {
        return jobs.find(id).orElseThrow(() -> new ResourceNotFoundException(BulkJob.RESOURCE, id));
    }
}
