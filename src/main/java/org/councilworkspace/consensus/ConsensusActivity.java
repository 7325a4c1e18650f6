package org.councilworkspace.consensus;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells open matrix pages of a plan, on this app node, that positions or declarations changed (after commit). */
@Component
public class ConsensusActivity {

    private static final Logger LOG = LoggerFactory.getLogger(ConsensusActivity.class);

    private final Map<Long, List<Runnable>> listeners = new ConcurrentHashMap<>();

    public Runnable subscribe(long planId, Runnable onChange) {
        listeners.computeIfAbsent(planId, k -> new CopyOnWriteArrayList<>()).add(onChange);
        return () -> listeners.getOrDefault(planId, List.of()).remove(onChange);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(ConsensusChanged event) {
        for (Runnable listener : listeners.getOrDefault(event.planId(), List.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A consensus listener failed", e);
            }
        }
    }
}
