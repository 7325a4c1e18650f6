package org.councilworkspace.plan.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The section pages open on this node, as a periodic sweep sees them: a page whose tab is closing goes at once, a
 * page whose push connection was down at two sweeps in a row goes too (one look could catch a reconnect in
 * progress), and a page that went that way comes back when its connection does. The closing beacon a tab sends
 * is the fast path; it can be lost or refused (Vaadin ignores one that arrives out of turn), and this is what makes
 * leaving certain. Knows nothing of Vaadin, so the rule can be tested with pages made up for the purpose.
 */
final class OpenPages {

    private static final Logger LOG = LoggerFactory.getLogger(OpenPages.class);

    /** Down at this many sweeps in a row counts as gone. */
    static final int MISSED_SWEEPS = 2;

    /** What a look at a page finds. */
    enum Seen {
        CONNECTED,
        DISCONNECTED,
        /** Closed or closing: it never comes back. */
        CLOSING,
        /** Could not be looked at without waiting (its session is busy): no news either way. */
        BUSY
    }

    /** A page: how to look at it, what to do when it is gone and when it is back. */
    record Page(Supplier<Seen> look, Runnable gone, Runnable back) {
    }

    /**
     * What the sweeps have seen of one page. Its callbacks run under its lock, and so does forgetting it, so that
     * once {@link OpenPages#watch} has been undone no sweep can still bring the page back.
     */
    private static final class Watched {
        private final Page page;
        private boolean connectedOnce;
        private int missed;
        private boolean away;
        private boolean forgotten;

        Watched(Page page) {
            this.page = page;
        }

        /** Returns false when the page is to be forgotten. */
        synchronized boolean sweep(Seen seen) {
            if (forgotten) {
                return false;
            }
            switch (seen) {
                case CLOSING -> {
                    forgotten = true;
                    if (!away) {
                        page.gone().run();
                    }
                    return false;
                }
                case DISCONNECTED -> {
                    // A page that never connected yet is still loading (or cannot use push at all): only a connection
                    // that was there and dropped says that the tab has gone.
                    if (connectedOnce && !away && ++missed >= MISSED_SWEEPS) {
                        away = true;
                        page.gone().run();
                    }
                }
                case CONNECTED -> {
                    connectedOnce = true;
                    missed = 0;
                    if (away) {
                        away = false;
                        page.back().run();
                    }
                }
                case BUSY -> {
                    // Someone is using the page right now; the next sweep looks again.
                }
            }
            return true;
        }

        synchronized void forget() {
            forgotten = true;
        }
    }

    private final Map<String, Watched> pages = new ConcurrentHashMap<>();

    /** Watches a page by its key until the returned action runs (when the page is detached). */
    Runnable watch(String key, Page page) {
        Watched watched = new Watched(page);
        Watched before = pages.put(key, watched);
        if (before != null) {
            before.forget();
        }
        return () -> {
            watched.forget();
            pages.remove(key, watched);
        };
    }

    /** Looks at every page once. */
    void sweep() {
        for (Map.Entry<String, Watched> e : pages.entrySet()) {
            Watched watched = e.getValue();
            try {
                if (!watched.sweep(look(watched.page))) {
                    pages.remove(e.getKey(), watched);
                }
            } catch (RuntimeException ex) {
                LOG.warn("Presence sweep failed for a page", ex);
            }
        }
    }

    int size() {
        return pages.size();
    }

    private static Seen look(Page page) {
        try {
            return page.look().get();
        } catch (RuntimeException e) {
            // A page in the middle of being taken apart may throw; it is looked at again next time.
            return Seen.BUSY;
        }
    }
}
