package org.councilworkspace.base.live;

import java.util.function.Consumer;

/**
 * Announces that something changed, to listeners on every app node. Payloads carry identifiers only (never text
 * a reader might not be allowed to see): each node re-reads from the database what its own pages may show.
 */
public interface LiveBus {

    /** Longest payload: PostgreSQL's NOTIFY takes up to 8,000 bytes with the topic. */
    int MAX_PAYLOAD = 7_000;

    /**
     * Announces to every node. Inside a transaction the news leaves only when it commits (and never if it rolls
     * back); outside one, at once.
     */
    void publish(String topic, String payload);

    /**
     * Listens on this node. The listener runs on a shared thread: it must only hand over (for example to a
     * {@code UiBatcher}) or do brief work. Run the returned action to stop.
     */
    Runnable subscribe(String topic, Consumer<String> listener);

    /** Whether news reaches other app nodes (false: this node is the only one, and its listeners hear it). */
    default boolean reachesOtherNodes() {
        return false;
    }
}
