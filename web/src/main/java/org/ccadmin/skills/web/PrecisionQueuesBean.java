package org.ccadmin.skills.web;

import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.ccadmin.callsettings.application.MediaRoutingDomainService;
import org.ccadmin.callsettings.application.MediaRoutingDomainView;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;
import org.ccadmin.shared.web.PagedModel;
import org.ccadmin.skills.application.PrecisionQueueService;
import org.ccadmin.skills.application.PrecisionQueueView;
import org.ccadmin.skills.domain.PrecisionQueue;

/** The precision queue list ({@code /organization/precision-queues.xhtml}): a lazy table searched by text. */
@Named
@ViewScoped
public class PrecisionQueuesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PrecisionQueueService service;

    @Inject
    private MediaRoutingDomainService domainService;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    private String query;
    private transient Map<Long, String> domainNames;

    private final PagedModel<PrecisionQueueView.Summary> queues = new PagedModel<>(PrecisionQueue.SORTABLE, "name") {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<PrecisionQueueView.Summary> fetch(PageRequest request) {
            return service.search(request);
        }

        @Override
        protected long idOf(PrecisionQueueView.Summary row) {
            return row.id();
        }
    };

    public void search(AjaxBehaviorEvent event) {
        queues.setText(query);
        PagedModel.toFirstPage(event.getComponent(), "queueTable");
    }

    public String domainName(long id) {
        if (domainNames == null) {
            domainNames = new HashMap<>();
            domainService.search(null, new PageRequest(0, PageRequest.MAX_SIZE, "name", true, null)).items()
                    .forEach((MediaRoutingDomainView d) -> domainNames.put(d.id(), d.name()));
        }
        return domainNames.getOrDefault(id, "#" + id);
    }

    public String deleteQuestion(PrecisionQueueView.Summary row) {
        return text.get("pq.delete.question", row.name());
    }

    public void delete(PrecisionQueueView.Summary row) {
        try {
            service.delete(row.id(), ChangeStamp.of(row.changeStamp()));
            messages.info(text.get("pq.deleted", row.name()));
        } catch (DomainException e) {
            messages.refusedDelete(e, text, text.get("pq.deleteStale", row.name()), text.get("pq.alreadyDeleted", row.name()));
        }
    }

    public PagedModel<PrecisionQueueView.Summary> getQueues() { return queues; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
}
