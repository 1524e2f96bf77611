package org.ccadmin.shared.domain;

/**
 * One page of a list: 0-based page number, page size (1 to {@value #MAX_SIZE}), a sort field with
 * direction and an optional free-text term. The sort field is one of the resource's sortable fields; the
 * repository always adds the id as tiebreaker so pages never skip or repeat rows.
 */
public record PageRequest(int page, int size, String sortField, boolean ascending, String text) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 500;
    /** Keeps {@code page * size} within an int for any size. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + " size " + size);
        }
        text = text == null || text.isBlank() ? null : text.trim();
    }

    public static PageRequest first(int size, String sortField) {
        return new PageRequest(0, size, sortField, true, null);
    }

    public int offset() {
        return page * size;
    }
}
