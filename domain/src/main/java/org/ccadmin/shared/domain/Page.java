package org.ccadmin.shared.domain;

import java.util.List;
import java.util.function.Function;

/** One page of results and the total number of matching rows. */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, request);
    }

    public int lastPage() {
        return total == 0 ? 0 : (int) ((total - 1) / request.size());
    }
}
