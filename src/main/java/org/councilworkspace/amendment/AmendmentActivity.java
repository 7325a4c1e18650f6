package org.councilworkspace.amendment;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.councilworkspace.base.live.LiveBus;
import org.springframework.context.event.EventListener;

/**
 * Tells open section and amendment-list pages, on every app node, that an amendment changed: the section and plan
 * ids go out after the commit, and each page re-reads what it shows.
 */
@Component
public class AmendmentActivity {

    private static final Logger LOG = LoggerFactory.getLogger(AmendmentActivity.class);

    private final Map<Long, List<Runnable>> bySection = new ConcurrentHashMap<>();
    private final Map<Long, List<Runnable>> byPlan = new ConcurrentHashMap<>();
    private final LiveBus bus;

    AmendmentActivity(LiveBus bus) {
        this.bus = bus;
        bus.subscribe("amendments", payload -> {
            String[] ids = payload.split(" ");
            tell(bySection.getOrDefault(Long.parseLong(ids[0]), List.of()));
            tell(byPlan.getOrDefault(Long.parseLong(ids[1]), List.of()));
        });
    }

    public Runnable subscribeSection(long sectionId, Runnable onChange) {
        return subscribe(bySection, sectionId, onChange);
    }

    public Runnable subscribePlan(long planId, Runnable onChange) {
        return subscribe(byPlan, planId, onChange);
    }

    @EventListener
    void onChange(AmendmentChanged event) {
        bus.publish("amendments", event.sectionId() + " " + event.planId());
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
