package org.councilworkspace.document.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Whether a link's exports are still being made, shown only when one takes more than a moment. Several exports from
 * one link may run at once (two clicks, two tabs): the indicator stays while any is running and goes when the last
 * ends. {@code later} runs a check after the delay (one second in the app; a test runs it when it likes), {@code show}
 * switches the indicator, through the page's UI.
 */
final class ExportProgress {

    private final AtomicInteger running = new AtomicInteger();
    private final Executor later;
    private final Consumer<Boolean> show;

    ExportProgress(Executor later, Consumer<Boolean> show) {
        this.later = later;
        this.show = show;
    }

    /** An export begins; if it is still running after the delay, the indicator appears. */
    void started() {
        running.incrementAndGet();
        later.execute(() -> {
            if (running.get() > 0) {
                show.accept(true);
            }
        });
    }

    /** An export ended, well or not; the indicator goes when none is left. */
    void finished() {
        if (running.decrementAndGet() == 0) {
            show.accept(false);
        }
    }

    boolean running() {
        return running.get() > 0;
    }
}
