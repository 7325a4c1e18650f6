package org.councilworkspace.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the documents are kept and searched: the embedded Lucene index ({@link SearchIndex}, the default) or an
 * OpenSearch cluster ({@link OpenSearchEngine}), chosen by {@code council.search.engine}. Every write runs on one
 * thread in the order asked for, so a rebuild and the updates that arrive meanwhile never overwrite each other;
 * searches see a write once it has finished. The engine records the format of its documents and the moment up to
 * which it followed the changes, so a node knows at its start whether to rebuild or to catch up.
 */
interface SearchEngine {

    /**
     * Replaces every document that has the key with those {@code documents} gives (none: they are deleted), read on
     * the writing thread just before they are written, so they are as new as the database.
     */
    Future<?> replace(DocumentKey key, Supplier<List<SearchDocument>> documents);

    /** Runs work on the writing thread after what is queued; for work that finds out what to change first. */
    void later(Runnable work);

    /**
     * Empties the index and fills it from {@code feed}; searches keep seeing the old content until it is done, and on
     * a failure the old content stays.
     */
    Future<?> replaceAll(Consumer<Consumer<SearchDocument>> feed);

    /** Empties the index (a rebuild from nothing). */
    default Future<?> clear() {
        return replaceAll(add -> { });
    }

    /** The readable documents that match, best or newest first, with their snippets and how many matched. */
    EngineQuery.Found search(EngineQuery query);

    /** Waits until every write asked for so far is visible to searches. */
    void awaitWrites();

    IndexStatus status();

    boolean rebuilding();

    /** Whether the index was missing, of an older format or unreadable when the app started. */
    boolean outdatedAtStart();

    /** When the index, as found at start-up, last recorded what it had followed. */
    Optional<Instant> followedAtStart();

    /**
     * Whether every app node uses this same index (a cluster), so that other nodes need not be told what to read
     * again; the embedded index is each node's own.
     */
    default boolean sharedByNodes() {
        return false;
    }

    /** Where the index is, for the log. */
    String location();
}
