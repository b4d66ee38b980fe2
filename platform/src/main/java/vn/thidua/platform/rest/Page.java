package vn.thidua.platform.rest;

import java.util.List;

/**
 * One page of a list and the size of the whole list. Lists sorted in Java (Vietnamese collation by
 * given name is not SQL's) are cut here, the same way everywhere: page 0 first, a page past the end
 * is empty.
 */
public record Page<T>(List<T> items, long total) {

    public static <T> Page<T> of(List<T> sorted, int page, int size) {
        int from = (int) Math.min((long) Math.max(page, 0) * Math.max(size, 0), sorted.size());
        int to = (int) Math.min((long) from + Math.max(size, 0), sorted.size());
        return new Page<>(List.copyOf(sorted.subList(from, to)), sorted.size());
    }
}
