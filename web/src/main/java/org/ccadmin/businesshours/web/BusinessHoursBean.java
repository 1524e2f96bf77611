package org.ccadmin.businesshours.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ccadmin.businesshours.application.BusinessHourService;
import org.ccadmin.businesshours.application.BusinessHourView;
import org.ccadmin.businesshours.domain.BusinessHour;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.web.PagedModel;

/**
 * The business hour list ({@code /organization/business-hours.xhtml}) with each business hour's status now.
 * The page re-renders when a business hour changes and when one opens or closes by itself (the
 * {@code businessHourStatus} push at the scheduled boundary), without a reload.
 */
@Named
@ViewScoped
public class BusinessHoursBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    @Inject
    private BusinessHourService service;

    private final PagedModel<BusinessHourView.Summary> hours = new PagedModel<>(BusinessHour.SORTABLE, "name") {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<BusinessHourView.Summary> fetch(PageRequest request) {
            return service.search(request);
        }

        @Override
        protected long idOf(BusinessHourView.Summary row) {
            return row.id();
        }
    };

    private String query;

    public void search() {
        hours.setText(query);
        PagedModel.toFirstPage("bhTable");
    }

    /** When the status changes next, on the business hour's own wall clock. */
    public String until(BusinessHourView.Summary row) {
        if (row.runtimeStatus().until() == null) {
            return null;
        }
        return UNTIL.format(row.runtimeStatus().until().atZone(ZoneId.of(row.timeZone())));
    }

    public PagedModel<BusinessHourView.Summary> getHours() {
        return hours;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
