package org.councilworkspace.base.live;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The listeners of one node, by topic; one failing listener never stops the others. */
final class LiveListeners {

    private static final Logger LOG = LoggerFactory.getLogger(LiveListeners.class);

    private final Map<String, List<Consumer<String>>> byTopic = new ConcurrentHashMap<>();

    Runnable add(String topic, Consumer<String> listener) {
        byTopic.computeIfAbsent(topic, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> byTopic.getOrDefault(topic, List.of()).remove(listener);
    }

    void deliver(String topic, String payload) {
        for (Consumer<String> listener : byTopic.getOrDefault(topic, List.of())) {
            try {
                listener.accept(payload);
            } catch (RuntimeException e) {
                LOG.warn("A live listener for {} failed", topic, e);
            }
        }
    }

    static void check(String topic, String payload) {
        if (topic == null || !topic.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("Malformed topic: " + topic);
        }
        if (payload == null || payload.length() > LiveBus.MAX_PAYLOAD || payload.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("Payload missing, too long or multi-line");
        }
    }
}
