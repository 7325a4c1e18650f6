package org.councilworkspace.meeting;

import org.councilworkspace.base.live.LiveBus;
import org.councilworkspace.base.live.PageListeners;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the open pages of a meeting, on every app node, that its agenda changed (an item added, edited, moved or
 * removed, its documents changed): the meeting's id goes out after the commit, and each page re-reads the agenda
 * as its reader may see it.
 */
@Component
public class AgendaActivity {

    static final String TOPIC = "agenda";

    private final LiveBus bus;
    private final PageListeners<Runnable> listeners = new PageListeners<>("agenda");

    AgendaActivity(LiveBus bus) {
        this.bus = bus;
        bus.subscribe(TOPIC, payload -> listeners.tell(Long.parseLong(payload), Runnable::run));
    }

    /** {@code onChange} runs on a shared thread: it must only hand over, e.g. to a {@code UiBatcher}. */
    public Runnable subscribe(long meetingId, Runnable onChange) {
        return listeners.add(meetingId, onChange);
    }

    @EventListener
    void onChange(AgendaChanged event) {
        bus.publish(TOPIC, Long.toString(event.meetingId()));
    }
}
