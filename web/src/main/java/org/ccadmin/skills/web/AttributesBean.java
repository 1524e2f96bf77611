package org.ccadmin.skills.web;

import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccadmin.shared.domain.ChangeStamp;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.domain.StaleChangeStampException;
import org.ccadmin.shared.web.FormMessages;
import org.ccadmin.shared.web.Messages;
import org.ccadmin.shared.web.PagedModel;
import org.ccadmin.skills.application.AttributeService;
import org.ccadmin.skills.application.AttributeView;
import org.ccadmin.skills.domain.Attribute;
import org.ccadmin.skills.domain.AttributeType;

/** The attribute list ({@code /organization/attributes.xhtml}): a lazy table, searched by text and filtered by type. */
@Named
@ViewScoped
public class AttributesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AttributeService service;

    @Inject
    private FormMessages messages;

    @Inject
    private Messages text;

    private AttributeType type;
    private String query;

    private final PagedModel<AttributeView> attributes = new PagedModel<>(Attribute.SORTABLE, "name") {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<AttributeView> fetch(PageRequest request) {
            return service.search(type, request);
        }

        @Override
        protected long idOf(AttributeView row) {
            return row.id();
        }
    };

    /** The search text or the type filter changed: show the first page of what matches. */
    public void search(AjaxBehaviorEvent event) {
        attributes.setText(query);
        PagedModel.toFirstPage(event.getComponent(), "attributeTable");
    }

    public String typeLabel(String type) {
        return text.get("attr.type." + type);
    }

    public String defaultLabel(AttributeView row) {
        return row.defaultValue() instanceof Boolean b ? text.get(b ? "common.true" : "common.false") : String.valueOf(row.defaultValue());
    }

    public String deleteQuestion(AttributeView row) {
        return text.get("attr.delete.question", row.name(), row.agentCount());
    }

    public void delete(AttributeView row) {
        try {
            service.delete(row.id(), ChangeStamp.of(row.changeStamp()));
            messages.info(text.get("attr.deleted", row.name()));
        } catch (StaleChangeStampException e) {
            messages.pageError(text.get("attr.deleteStale", row.name()));
        } catch (ConflictException e) {
            messages.pageError(text.conflict(e));
        } catch (ResourceNotFoundException e) {
            messages.info(text.get("attr.alreadyDeleted", row.name()));
        }
    }

    public List<AttributeType> getTypes() {
        return List.of(AttributeType.values());
    }

    public PagedModel<AttributeView> getAttributes() { return attributes; }
    public AttributeType getType() { return type; }
    public void setType(AttributeType type) { this.type = type; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
}
