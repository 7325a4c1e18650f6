package org.councilworkspace.load;

import java.util.concurrent.atomic.AtomicInteger;

/** What a run counts as it goes; the summary at the end reports them (Gatling counts requests, not outcomes). */
final class LoadCounts {

    static final AtomicInteger SAVED = new AtomicInteger();
    static final AtomicInteger CONFLICTS = new AtomicInteger();
    static final AtomicInteger COMMENTS = new AtomicInteger();
    static final AtomicInteger POSITIONS = new AtomicInteger();
    static final AtomicInteger TABS = new AtomicInteger();
    static final AtomicInteger STOPPED = new AtomicInteger();

    private LoadCounts() {
    }
}
