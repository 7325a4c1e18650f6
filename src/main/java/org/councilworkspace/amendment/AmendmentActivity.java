package org.councilworkspace.amendment;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells open section and amendment-list pages, on this app node, that an amendment changed (after commit). */
@Component
public class AmendmentActivity {

    private static final Logger LOG = LoggerFactory.getLogger(AmendmentActivity.class);

    private final Map<Long, List<Runnable>> bySection = new ConcurrentHashMap<>();
    private final Map<Long, List<Runnable>> byPlan = new ConcurrentHashMap<>();

    public Runnable subscribeSection(long sectionId, Runnable onChange) {
        return subscribe(bySection, sectionId, onChange);
    }

    public Runnable subscribePlan(long planId, Runnable onChange) {
        return subscribe(byPlan, planId, onChange);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(AmendmentChanged event) {
        tell(bySection.getOrDefault(event.sectionId(), List.of()));
        tell(byPlan.getOrDefault(event.planId(), List.of()));
    }

    private static Runnable subscribe(Map<Long, List<Runnable>> listeners, long key, Runnable onChange) {
        listeners.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(onChange);
        return () -> listeners.getOrDefault(key, List.of()).remove(onChange);
    }

    private static void tell(List<Runnable> listeners) {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("An amendment listener failed", e);
            }
        }
    }
}
