package org.councilworkspace.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who has which section open, and news of saves, for open pages on this app node. Revisions are
 * announced only after their transaction commits, so nobody is told of text that then rolls back.
 */
@Component
public class SectionActivity {

    private static final Logger LOG = LoggerFactory.getLogger(SectionActivity.class);

    private final Map<Long, List<SectionListener>> listeners = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, Presence>> present = new ConcurrentHashMap<>();

    /** Starts listening to a section; run the returned action to stop (when the page closes). */
    public Runnable subscribe(long sectionId, SectionListener listener) {
        listeners.computeIfAbsent(sectionId, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(sectionId, List.of()).remove(listener);
    }

    public void enter(long sectionId, Presence presence) {
        present.computeIfAbsent(sectionId, k -> new ConcurrentHashMap<>()).put(presence.key(), presence);
        announcePresence(sectionId);
    }

    public void leave(long sectionId, String key) {
        Map<String, Presence> here = present.get(sectionId);
        if (here != null && here.remove(key) != null) {
            announcePresence(sectionId);
        }
    }

    public List<Presence> present(long sectionId) {
        return List.copyOf(present.getOrDefault(sectionId, Map.of()).values());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onRevised(SectionRevised event) {
        for (SectionListener listener : listeners.getOrDefault(event.sectionId(), List.of())) {
            safely(() -> listener.revised(event));
        }
    }

    private void announcePresence(long sectionId) {
        List<Presence> now = new ArrayList<>(present(sectionId));
        for (SectionListener listener : listeners.getOrDefault(sectionId, List.of())) {
            safely(() -> listener.presenceChanged(now));
        }
    }

    /** One broken page must not stop the news reaching the others. */
    private static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("A section listener failed", e);
        }
    }
}
