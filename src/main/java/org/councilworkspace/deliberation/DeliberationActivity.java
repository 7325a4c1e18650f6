package org.councilworkspace.deliberation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open section pages on this app node that its threads changed, after the change commits. The news carries
 * identifiers only: each page re-reads what its reader may see.
 */
@Component
public class DeliberationActivity {

    private static final Logger LOG = LoggerFactory.getLogger(DeliberationActivity.class);

    private final Map<Long, List<Consumer<DeliberationChanged>>> listeners = new ConcurrentHashMap<>();

    /** Starts listening to a section's threads; run the returned action to stop. */
    public Runnable subscribe(long sectionId, Consumer<DeliberationChanged> listener) {
        listeners.computeIfAbsent(sectionId, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(sectionId, List.of()).remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChanged(DeliberationChanged event) {
        for (Consumer<DeliberationChanged> listener : listeners.getOrDefault(event.sectionId(), List.of())) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A deliberation listener failed", e);
            }
        }
    }
}
