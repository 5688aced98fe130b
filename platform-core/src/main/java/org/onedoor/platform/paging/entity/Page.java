package org.onedoor.platform.paging.entity;

import java.util.List;
import java.util.function.Function;

/** One page of a list that grows with use, with the total the filter matches (for the pages' pagers). */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        return new Page<>(items.stream().<R>map(mapping).toList(), page, size, total);
    }
}
