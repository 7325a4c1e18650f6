package org.councilworkspace.base;

import java.util.List;
import java.util.function.Consumer;

/**
 * A feature's readable things for the search index. The index asks for a scope again after the feature's event
 * says it changed, and for everything when it is rebuilt; what a feature no longer holds (or no longer shows)
 * is simply not returned, and the index drops it.
 */
public interface IndexedTexts {

    /** Every thing, a page at a time, so a large database never sits in memory at once. */
    void forEach(Consumer<IndexedText> consumer);

    /** What one scope holds now; empty when it holds nothing (the index then removes what it had). */
    List<IndexedText> scope(String scope);
}
