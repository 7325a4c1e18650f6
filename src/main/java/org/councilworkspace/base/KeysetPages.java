package org.councilworkspace.base;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * Walks a query page by page by key (each page starts after the last key of the one before), so that reading every
 * row of a large table never holds more than one page in memory and never slows down with an offset.
 */
public final class KeysetPages {

    private KeysetPages() {
    }

    /**
     * @param size      the page size the query was asked for; a shorter page is the last one
     * @param pageAfter the page of rows whose keys come after the given key (0 for the first), in key order
     */
    public static <R> void forEach(int size, LongFunction<List<R>> pageAfter, ToLongFunction<R> key,
                                   Consumer<R> consumer) {
        long after = 0;
        List<R> page;
        do {
            page = pageAfter.apply(after);
            page.forEach(consumer);
            after = page.isEmpty() ? after : key.applyAsLong(page.get(page.size() - 1));
        } while (page.size() == size);
    }
}
