package org.councilworkspace.base.ui;

import com.vaadin.flow.component.UI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Coalesces bursts of live news into at most one push per interval per tab: the first request
 * schedules an update, later ones until it runs are absorbed, and the update reads the latest state.
 */
public final class UiBatcher {

    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "ui-batcher");
        thread.setDaemon(true);
        return thread;
    });

    private final UI ui;
    private final long intervalMillis;
    private final Runnable update;
    private final AtomicBoolean pending = new AtomicBoolean();

    public UiBatcher(UI ui, long intervalMillis, Runnable update) {
        this.ui = ui;
        this.intervalMillis = intervalMillis;
        this.update = update;
    }

    /** Safe from any thread. */
    public void request() {
        if (pending.compareAndSet(false, true)) {
            SCHEDULER.schedule(() -> {
                pending.set(false);
                if (ui.isAttached()) {
                    ui.access(update::run);
                }
            }, intervalMillis, TimeUnit.MILLISECONDS);
        }
    }
}
