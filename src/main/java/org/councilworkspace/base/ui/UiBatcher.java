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
     * Updates wait for their tab's session lock, so they run here, not on the one scheduler thread: a tab whose
     * session is busy (or stuck) must not hold up every other tab's live updates.
     */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
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

    /** Synchronously, so the push that follows (and the lazy lists it fetches) also runs as that person. */
    private void run() {
        pending.set(false);
        if (!ui.isAttached()) {
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            ui.accessSynchronously(update::run);
        } catch (com.vaadin.flow.component.UIDetachedException e) {
            // The tab closed between the news and the update: nothing to show, nothing wrong.
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(UiBatcher.class).warn("A live update failed", e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
