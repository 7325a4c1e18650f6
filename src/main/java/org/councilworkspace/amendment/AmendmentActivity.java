package org.councilworkspace.amendment;

import org.councilworkspace.base.live.LiveBus;
import org.councilworkspace.base.live.PageListeners;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells open section and amendment-list pages, on every app node, that an amendment changed: the section and plan
 * ids go out after the commit, and each page re-reads what it shows.
 */
@Component
public class AmendmentActivity {

    private final PageListeners<Runnable> bySection = new PageListeners<>("amendment");
    private final PageListeners<Runnable> byPlan = new PageListeners<>("amendment");
    private final LiveBus bus;

    AmendmentActivity(LiveBus bus) {
        this.bus = bus;
        bus.subscribe("amendments", payload -> {
            String[] ids = payload.split(" ");
            bySection.tell(Long.parseLong(ids[0]), Runnable::run);
            byPlan.tell(Long.parseLong(ids[1]), Runnable::run);
        });
    }

    public Runnable subscribeSection(long sectionId, Runnable onChange) {
        return bySection.add(sectionId, onChange);
    }

    public Runnable subscribePlan(long planId, Runnable onChange) {
        return byPlan.add(planId, onChange);
    }

    @EventListener
    void onChange(AmendmentChanged event) {
        bus.publish("amendments", event.sectionId() + " " + event.planId());
    }
}
