package org.councilworkspace.consensus;

import org.councilworkspace.base.live.LiveBus;
import org.councilworkspace.base.live.PageListeners;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells open matrix pages of a plan, on every app node, that positions or declarations changed: the plan's id
 * goes out after the commit, and each page re-reads the matrix.
 */
@Component
public class ConsensusActivity {

    static final String TOPIC = "consensus";

    private final LiveBus bus;
    private final PageListeners<Runnable> listeners = new PageListeners<>("consensus");

    ConsensusActivity(LiveBus bus) {
        this.bus = bus;
        bus.subscribe(TOPIC, payload -> deliver(Long.parseLong(payload)));
    }

    public Runnable subscribe(long planId, Runnable onChange) {
        return listeners.add(planId, onChange);
    }

    @EventListener
    void onChange(ConsensusChanged event) {
        bus.publish(TOPIC, Long.toString(event.planId()));
    }

    private void deliver(long planId) {
        listeners.tell(planId, Runnable::run);
    }
}
