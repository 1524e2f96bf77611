package org.ccadmin.bulk.domain;

/**
 * A cell's meaning for an update: not given (blank: leave the value as it is), cleared ({@code ~}) or set
 * to a value.
 */
public record Change<T>(boolean given, T value) {

    private static final Change<?> UNCHANGED = new Change<>(false, null);
    private static final Change<?> CLEARED = new Change<>(true, null);

    @SuppressWarnings("unchecked")
    public static <T> Change<T> unchanged() {
        return (Change<T>) UNCHANGED;
    }

    @SuppressWarnings("unchecked")
    public static <T> Change<T> clear() {
        return (Change<T>) CLEARED;
    }

    public static <T> Change<T> to(T value) {
        return new Change<>(true, value);
    }

    public boolean cleared() {
        return given && value == null;
    }
}
