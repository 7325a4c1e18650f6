package org.councilworkspace.deliberation;

import org.councilworkspace.base.live.LiveBus;
import org.councilworkspace.base.live.PageListeners;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells open section pages on every app node that the section's threads changed, after the change commits. The
 * news carries the section's id only: each page re-reads what its reader may see.
 */
@Component
public class DeliberationActivity {

    static final String TOPIC = "deliberation";

    private final LiveBus bus;
    private final PageListeners<Runnable> listeners = new PageListeners<>("deliberation");

    DeliberationActivity(LiveBus bus) {
        this.bus = bus;
        bus.subscribe(TOPIC, payload -> deliver(Long.parseLong(payload)));
    }

    /** Starts listening to a section's threads; run the returned action to stop. */
    public Runnable subscribe(long sectionId, Runnable listener) {
        return listeners.add(sectionId, listener);
    }

    @EventListener
    void onChanged(DeliberationChanged event) {
        bus.publish(TOPIC, Long.toString(event.sectionId()));
    }

    private void deliver(long sectionId) {
        listeners.tell(sectionId, Runnable::run);
    }
}
