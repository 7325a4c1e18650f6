package org.councilworkspace.notification;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.councilworkspace.base.live.LiveBus;

/**
 * Tells a person's open pages on every app node that their notifications changed: new ones arrived, or
 * some were read (perhaps in another tab). Only after the commit, so nobody is told of a rolled-back one.
 */
@Component
public class NotificationHub {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationHub.class);

    static final String TOPIC = "notifications";

    private final Map<Long, List<Runnable>> subscribers = new ConcurrentHashMap<>();
    private final LiveBus bus;

    NotificationHub(LiveBus bus) {
        this.bus = bus;
        bus.subscribe(TOPIC, this::deliver);
    }

    /**
     * Starts listening for one person; run the returned action to stop (when the page closes).
     * {@code onChange} runs on the committing thread, so it must only hand over, e.g. to a {@code UiBatcher}.
     */
    public Runnable subscribe(long userId, Runnable onChange) {
        Runnable subscriber = onChange::run;
        subscribers.compute(userId, (id, list) -> {
            List<Runnable> all = list == null ? new CopyOnWriteArrayList<>() : list;
            all.add(subscriber);
            return all;
        });
        // Drops the person's entry with their last page, so the map holds only people with pages open.
        return () -> subscribers.computeIfPresent(userId, (id, list) -> {
            list.remove(subscriber);
            return list.isEmpty() ? null : list;
        });
    }

    @EventListener
    void onChanged(NotificationsChanged event) {
        // Identifiers only, in pieces that fit one announcement.
        StringBuilder ids = new StringBuilder();
        for (long userId : event.userIds()) {
            if (ids.length() > LiveBus.MAX_PAYLOAD - 40) {
                bus.publish(TOPIC, ids.toString());
                ids.setLength(0);
            }
            ids.append(ids.length() == 0 ? "" : ",").append(userId);
        }
        if (ids.length() > 0) {
            bus.publish(TOPIC, ids.toString());
        }
    }

    private void deliver(String payload) {
        for (String id : payload.split(",")) {
            for (Runnable subscriber : subscribers.getOrDefault(Long.parseLong(id), List.of())) {
                try {
                    subscriber.run();
                } catch (RuntimeException e) {
                    // One broken page must not stop the news reaching the others.
                    LOG.warn("A notification subscriber failed", e);
                }
            }
        }
    }
}
