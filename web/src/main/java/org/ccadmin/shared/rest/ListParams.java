package org.ccadmin.shared.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;
import org.ccadmin.shared.domain.Violations;

/**
 * The list query parameters every collection takes: {@code q} (text), {@code page} (0-based), {@code size}
 * (1–500, default 25) and {@code sort=field[,asc|desc]}. Used as a {@code @BeanParam}; raw strings so that a
 * bad value gets a problem naming the parameter instead of a bare 404.
 */
public class ListParams {

    @QueryParam("q")
    private String q;

    @QueryParam("page")
    private String page;

    @QueryParam("size")
    private String size;

    @QueryParam("sort")
    private String sort;

    public PageRequest toRequest(Set<String> sortable, String defaultSort) {
        Violations v = new Violations();
        PageRequest request = toRequest(v, sortable, defaultSort, true);
        v.throwIfAny();
        return request;
    }

    /** Adds problems to {@code v} (for resources that check more parameters) instead of throwing. */
    public PageRequest toRequest(Violations v, Set<String> sortable, String defaultSort, boolean defaultAscending) {
        int p = number(v, "page", page, 0, 0, PageRequest.MAX_PAGE);
        int s = number(v, "size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
        String field = defaultSort;
        boolean ascending = defaultAscending;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", -1);
            field = parts[0].strip();
            if (!sortable.contains(field)) {
                v.add("sort", "invalidInput.sortField", "sort must name one of: " + String.join(", ", new TreeSet<>(sortable)) + ".");
            }
            if (parts.length > 2 || parts.length == 2 && !parts[1].strip().matches("(?i)asc|desc")) {
                v.add("sort", "invalidInput.sortDirection", "sort is field[,asc|desc], e.g. name,desc.");
            } else {
                ascending = parts.length == 1 || parts[1].strip().equalsIgnoreCase("asc");
            }
        }
        return new PageRequest(p, s, sortable.contains(field) ? field : defaultSort, ascending, q);
    }

    private static int number(Violations v, String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.add(name, "invalidInput.outOfRange", name + " must be a whole number from " + min + " to " + max + ".");
        return fallback;
    }

    /** The response for a page, with self/first/prev/next/last links that keep every other query parameter. */
    public static <T> PageView<T> view(Page<T> page, UriInfo uri) {
        Map<String, String> links = new LinkedHashMap<>();
        PageRequest r = page.request();
        links.put("self", link(uri, r.page(), r.size()));
        links.put("first", link(uri, 0, r.size()));
        if (r.page() > 0) {
            links.put("prev", link(uri, Math.min(r.page() - 1, page.lastPage()), r.size()));
        }
        if (r.page() < page.lastPage()) {
            links.put("next", link(uri, r.page() + 1, r.size()));
        }
        links.put("last", link(uri, page.lastPage(), r.size()));
        return new PageView<>(page.items(), page.total(), r.page(), r.size(), links);
    }

    private static String link(UriInfo uri, int page, int size) {
        return uri.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size).build().toString();
    }
}
