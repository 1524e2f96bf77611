package org.ccadmin.bulk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.ccadmin.bulk.application.BulkJobFiles;
import org.ccadmin.bulk.application.BulkJobService;
import org.ccadmin.bulk.application.BulkJobViews.BulkJobView;
import org.ccadmin.bulk.domain.BulkJob;
import org.ccadmin.bulk.domain.BulkJobType;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;
import org.ccadmin.shared.web.PagedModel;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The Bulk Import page ({@code /bulk-import/bulk-jobs.xhtml}): template downloads, the upload form, the job
 * list and the selected job's detail. The page does not poll: a committed chunk fires
 * {@code BulkJobProgressed}, pushed as {@code bulkJob} on the {@code configuration} channel, and the page
 * re-renders its table and the detail (progress bar, counts) when it arrives.
 */
@Named
@ViewScoped
public class BulkJobsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "upload";

    @Inject
    private BulkJobService service;

    @Inject
    private BulkJobFiles files;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    private final PagedModel<BulkJobView> jobs = new PagedModel<>(BulkJob.SORTABLE, "createdAt") {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<BulkJobView> fetch(PageRequest request) {
            // Newest first unless the table says otherwise.
            PageRequest newestFirst = "createdAt".equals(request.sortField()) && request.ascending()
                    ? new PageRequest(request.page(), request.size(), "createdAt", false, request.text()) : request;
            return service.search(null, null, newestFirst);
        }

        @Override
        protected long idOf(BulkJobView row) {
            return row.id();
        }
    };

    private String type = BulkJobType.AGENT.path();
    private String description;
    private boolean dryRun;
    private transient UploadedFile file;
    private Long selectedId;

    public void submit() {
        if (file == null || file.getSize() == 0) {
            messages.formError(FORM, text.get("bulk.noFile"));
            return;
        }
        try {
            BulkJobView job = service.submit(BulkJobType.named(type).orElseThrow(), description, dryRun, file.getContent());
            selectedId = job.id();
            description = null;
            dryRun = false;
            messages.saved(text.get("bulk.submitted", job.id(), job.counts().total()));
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                messages.formError(FORM, error.message());
            }
            messages.refused();
        }
    }

    public void select(BulkJobView row) {
        selectedId = row.id();
    }

    public BulkJobView getSelected() {
        if (selectedId == null) {
            return null;
        }
        try {
            return service.get(selectedId);
        } catch (ResourceNotFoundException e) {
            selectedId = null;
            return null;
        }
    }

    public void cancel() {
        try {
            service.cancel(selectedId);
            messages.info(text.get("bulk.cancelled", selectedId));
        } catch (ConflictException e) {
            messages.pageError(text.conflict(e));
        }
    }

    public StreamedContent getLogFile() {
        return download("bulk-job-" + selectedId + ".log", "text/plain", (id, w) -> files.log(id, w));
    }

    public StreamedContent getResultFile() {
        return download("bulk-job-" + selectedId + "-result.csv", "text/csv", (id, w) -> files.result(id, w));
    }

    public StreamedContent getOriginalFile() {
        return download("bulk-job-" + selectedId + ".csv", "text/csv", (id, w) -> files.csv(id, w));
    }

    public StreamedContent template(String name) {
        BulkJobType t = BulkJobType.named(name).orElseThrow();
        return download(t.path() + "-template.csv", "text/csv", (id, w) -> files.template(t, w));
    }

    public String title(BulkJobView job) {
        return text.get("bulk.detail", job.id());
    }

    public String stateLabel(String state) {
        return text.get("bulk.state." + state);
    }

    public String time(Instant at) {
        return at == null ? text.get("bulk.notYet") : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private StreamedContent download(String name, String contentType, BiConsumer<Long, Writer> content) {
        // The files are written from the database on demand; the whole file is built before it is sent.
        return DefaultStreamedContent.builder().name(name).contentType(contentType + "; charset=UTF-8").stream(() -> {
            StringWriter w = new StringWriter();
            content.accept(selectedId, w);
            return new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8));
        }).build();
    }

    public PagedModel<BulkJobView> getJobs() {
        return jobs;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Long getSelectedId() {
        return selectedId;
    }
}
