package org.councilworkspace.consensus;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.councilworkspace.base.live.LiveBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells open matrix pages of a plan, on every app node, that positions or declarations changed: the plan's id
 * goes out after the commit, and each page re-reads the matrix.
 */
@Component
public class ConsensusActivity {

    static final String TOPIC = "consensus";
    private static final Logger LOG = LoggerFactory.getLogger(ConsensusActivity.class);

    private final LiveBus bus;
    private final Map<Long, List<Runnable>> listeners = new ConcurrentHashMap<>();

    ConsensusActivity(LiveBus bus) {
        this.bus = bus;
        bus.subscribe(TOPIC, payload -> deliver(Long.parseLong(payload)));
    }

    public Runnable subscribe(long planId, Runnable onChange) {
        listeners.computeIfAbsent(planId, k -> new CopyOnWriteArrayList<>()).add(onChange);
        return () -> listeners.getOrDefault(planId, List.of()).remove(onChange);
    }

    @EventListener
    void onChange(ConsensusChanged event) {
        bus.publish(TOPIC, Long.toString(event.planId()));
    }

    private void deliver(long planId) {
        for (Runnable listener : listeners.getOrDefault(planId, List.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A consensus listener failed", e);
            }
        }
    }
}
