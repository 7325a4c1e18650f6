package org.councilworkspace.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread an engine writes on, in the order the writes were asked for. Writes asked for while the app stops
 * are not run; the engine is then told that something was left undone, so it rebuilds at the next start.
 */
final class WriteQueue {

    private static final Logger LOG = LoggerFactory.getLogger(WriteQueue.class);

    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "search-index");
                t.setDaemon(true);
                return t;
            });
    private volatile boolean closing;
    /** Something asked for was not written (refused while stopping, or a rebuild cut short). */
    private volatile boolean incomplete;

    Future<?> submit(Runnable task) {
        try {
            return thread.submit(task);
        } catch (RejectedExecutionException e) {
            incomplete = true;
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Runs work after what is queued; a failure is logged, it stops nothing. */
    void later(Runnable work) {
        submit(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("Search index work failed", e);
            }
        });
    }

    /** Runs the work after what is queued and waits for it. */
    void await(Runnable work) {
        try {
            thread.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Nothing else is waiting: the moment to make a burst of writes durable and visible. */
    boolean idle() {
        return thread.getQueue().isEmpty();
    }

    boolean closing() {
        return closing;
    }

    void markIncomplete() {
        incomplete = true;
    }

    /**
     * Stops without working through a backlog (the app should stop promptly) and waits for the running write.
     * Never interrupts it: an interrupt during file access closes Lucene's channels. Whether anything was left undone.
     */
    boolean close() throws InterruptedException {
        closing = true;
        List<Runnable> dropped = new ArrayList<>();
        thread.getQueue().drainTo(dropped);
        thread.shutdown();
        thread.awaitTermination(30, TimeUnit.SECONDS);
        return !dropped.isEmpty() || incomplete;
    }
}
