package org.councilworkspace.base.ui;

import com.vaadin.flow.component.UI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Coalesces bursts of live news into at most one push per interval per tab: the first request
 * schedules an update, later ones until it runs are absorbed, and the update reads the latest state.
 * The update runs as the person whose tab it is: services check permissions from the security context,
 * which a background thread does not have, so the one captured when the batcher was made is used.
 */
public final class UiBatcher {

    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "ui-batcher");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Updates run here, not on the one scheduler thread, so one slow re-read does not delay every other tab's
     * timer. Few threads on purpose: an update never waits for its tab's session lock (see {@link #run}), so
     * more threads would only compete for the same cores; a pool that grows per waiting tab made hundreds of
     * threads under load.
     */
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread thread = new Thread(r, "ui-batcher-update");
                thread.setDaemon(true);
                return thread;
            });

    private final UI ui;
    private final long intervalMillis;
    private final Runnable update;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Authentication authentication;

    /** Create it on a request thread of the tab (for example in onAttach), so it knows whose tab it is. */
    public UiBatcher(UI ui, long intervalMillis, Runnable update) {
        this.ui = ui;
        this.intervalMillis = intervalMillis;
        this.update = update;
        this.authentication = SecurityContextHolder.getContext().getAuthentication();
    }

    /** Safe from any thread. */
    public void request() {
        if (pending.compareAndSet(false, true)) {
            SCHEDULER.schedule(() -> WORKERS.execute(this::run), intervalMillis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Without waiting for the tab's session lock: when it is free the update and the push that follows (with the
     * lazy lists it fetches) run here, as that person; when a request of the same session holds it, Vaadin runs
     * the update when that request lets go, on that request's thread, which is signed in as the same person.
     */
    private void run() {
        pending.set(false);
        if (!ui.isAttached()) {
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            ui.access(() -> asThePerson(update));
        } catch (com.vaadin.flow.component.UIDetachedException e) {
            // The tab closed between the news and the update: nothing to show, nothing wrong.
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(UiBatcher.class).warn("A live update failed", e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void asThePerson(Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(UiBatcher.class).warn("A live update failed", e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
