package org.councilworkspace.deliberation;

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
 * Tells open section pages on every app node that the section's threads changed, after the change commits. The
 * news carries the section's id only: each page re-reads what its reader may see.
 */
@Component
public class DeliberationActivity {

    static final String TOPIC = "deliberation";
    private static final Logger LOG = LoggerFactory.getLogger(DeliberationActivity.class);

    private final LiveBus bus;
    private final Map<Long, List<Runnable>> listeners = new ConcurrentHashMap<>();

    DeliberationActivity(LiveBus bus) {
        this.bus = bus;
        bus.subscribe(TOPIC, payload -> deliver(Long.parseLong(payload)));
    }

    /** Starts listening to a section's threads; run the returned action to stop. */
    public Runnable subscribe(long sectionId, Runnable listener) {
        listeners.computeIfAbsent(sectionId, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(sectionId, List.of()).remove(listener);
    }

    @EventListener
    void onChanged(DeliberationChanged event) {
        bus.publish(TOPIC, Long.toString(event.sectionId()));
    }

    private void deliver(long sectionId) {
        for (Runnable listener : listeners.getOrDefault(sectionId, List.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("A deliberation listener failed", e);
            }
        }
    }
}
