package org.councilworkspace.base.live;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open pages of this node that listen to one kind of object (a plan, a section), by the object's id. News from
 * the {@link LiveBus} is handed to each; one broken page never stops it reaching the others.
 *
 * @param <L> what a page listens with: a {@link Runnable} for "re-read it", or a richer listener
 */
public final class PageListeners<L> {

    private static final Logger LOG = LoggerFactory.getLogger(PageListeners.class);

    private final String what;
    private final Map<Long, List<L>> byId = new ConcurrentHashMap<>();

    /** {@code what} names the news in the log when a page fails on it, e.g. "consensus". */
    public PageListeners(String what) {
        this.what = what;
    }

    /** Starts listening to the object; run the returned action to stop (when the page closes). */
    public Runnable add(long id, L listener) {
        byId.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> byId.getOrDefault(id, List.of()).remove(listener);
    }

    public boolean any(long id) {
        return !byId.getOrDefault(id, List.of()).isEmpty();
    }

    /** Hands the news to every page listening to the object. */
    public void tell(long id, Consumer<L> news) {
        for (L listener : byId.getOrDefault(id, List.of())) {
            try {
                news.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("A page failed on {} news", what, e);
            }
        }
    }
}
