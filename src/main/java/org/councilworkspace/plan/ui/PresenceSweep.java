package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.PushConnection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import org.springframework.stereotype.Component;

/**
 * Every two seconds, looks at this node's open section pages and takes those whose tab has gone off the presence
 * list (see {@link OpenPages} for the rule): a closed tab leaves within a few seconds even when its closing beacon
 * never arrived. Each look is a few field reads under the page's session lock, taken only if free, so a busy
 * session is never waited for.
 */
@Component
class PresenceSweep implements AutoCloseable {

    static final long SWEEP_MILLIS = 2_000;

    private final OpenPages pages = new OpenPages();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "presence-sweep");
        t.setDaemon(true);
        return t;
    });

    PresenceSweep() {
        sweeper.scheduleWithFixedDelay(pages::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Watches a tab's section page until the returned action runs; {@code gone} and {@code back} run on the
     * sweep's thread.
     */
    Runnable watch(UI ui, String key, Runnable gone, Runnable back) {
        return pages.watch(key, new OpenPages.Page(() -> look(ui), gone, back));
    }

    static OpenPages.Seen look(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null || ui.isClosing()) {
            return OpenPages.Seen.CLOSING;
        }
        Lock lock = session.getLockInstance();
        if (lock == null || !lock.tryLock()) {
            return OpenPages.Seen.BUSY;
        }
        try {
            // The push connection's state is changed under this lock; read outside it, it can be half changed.
            if (ui.isClosing() || ui.getSession() == null) {
                return OpenPages.Seen.CLOSING;
            }
            if (!ui.getPushConfiguration().getPushMode().isEnabled()) {
                return OpenPages.Seen.CONNECTED;
            }
            PushConnection push = ui.getInternals().getPushConnection();
            return push != null && push.isConnected() ? OpenPages.Seen.CONNECTED : OpenPages.Seen.DISCONNECTED;
        } finally {
            // The session's own unlock: it runs the updates other threads queued for the session meanwhile.
            session.unlock();
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
