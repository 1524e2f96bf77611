package org.ccadmin.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table backed by a service's paged search: each page the table shows is one {@link PageRequest}
 * (page, size, sort field, free text), so no table is ever loaded whole. The sort field is the column's
 * {@code field}; fields the resource cannot sort by fall back to the default. Rows are keyed by id.
 *
 * @param <T> the view type the service returns
 */
public abstract class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final Set<String> sortable;
    private final String defaultSort;
    private String text;

    protected PagedModel(Set<String> sortable, String defaultSort) {
        this.sortable = Set.copyOf(sortable);
        this.defaultSort = defaultSort;
    }

    /** One page from the service. */
    protected abstract Page<T> fetch(PageRequest request);

    protected abstract long idOf(T row);

    /** The free-text term ({@code q}) that filters the rows; blank shows all. */
    public void setText(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }

    /**
     * Shows the first page of the table {@code tableId}, found from the component whose event is being
     * handled (the search box or button, in the same form as the table).
     */
    public static void toFirstPage(String tableId) {
        UIComponent source = UIComponent.getCurrentComponent(FacesContext.getCurrentInstance());
        if (source != null) {
            toFirstPage(source, tableId);
        }
    }

    /** The same, for a table found relative to the given component (when the request's own component is elsewhere). */
    public static void toFirstPage(UIComponent near, String tableId) {
        if (near.findComponent(tableId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        // Only the total is needed here; the rows of the page come from load().
        return (int) Math.min(Integer.MAX_VALUE, fetch(new PageRequest(0, 1, defaultSort, true, text)).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
        String field = defaultSort;
        boolean ascending = true;
        for (SortMeta sort : sortBy.values()) {
            if (sort.isActive() && sortable.contains(sort.getField())) {
                field = sort.getField();
                ascending = sort.getOrder() != SortOrder.DESCENDING;
                break;
            }
        }
        Page<T> page = fetch(new PageRequest(Math.min(first / size, PageRequest.MAX_PAGE), size, field, ascending, text));
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return Long.toString(idOf(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        if (rows != null) {
            for (T row : rows) {
                if (getRowKey(row).equals(rowKey)) {
                    return row;
                }
            }
        }
        return null;
    }
}
