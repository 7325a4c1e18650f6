package org.councilworkspace.notification;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a person's open pages on this app node that their notifications changed: new ones arrived, or
 * some were read (perhaps in another tab). Only after the commit, so nobody is told of a rolled-back one.
 */
@Component
public class NotificationHub {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationHub.class);

    private final Map<Long, List<Runnable>> subscribers = new ConcurrentHashMap<>();

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

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChanged(NotificationsChanged event) {
        for (long userId : event.userIds()) {
            for (Runnable subscriber : subscribers.getOrDefault(userId, List.of())) {
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
