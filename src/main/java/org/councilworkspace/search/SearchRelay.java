package org.councilworkspace.search;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.councilworkspace.base.live.LiveBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the other app nodes what to read again into their own index. Each node keeps its own index (on its own
 * disk), so a change saved on one node would otherwise be found on the others only after their next rebuild. The
 * news carries the changed things' keys only, never their text; each node reads the text from the database itself.
 * It is sent inside the change's own transaction, so on PostgreSQL it leaves exactly when the change commits (and
 * never if it rolls back), and the other nodes then read what was committed.
 */
@Component
class SearchRelay {

    static final String TOPIC = "search-index";
    private static final Logger LOG = LoggerFactory.getLogger(SearchRelay.class);
    /** Between this node's name and the keys, and between keys: a character no key contains. */
    private static final char SEPARATOR = '\u001f';

    private final LiveBus bus;
    /** Every node hears its own news too (PostgreSQL delivers it to every listener); it has applied it already. */
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private Runnable stop = () -> { };

    SearchRelay(LiveBus bus) {
        this.bus = bus;
    }

    boolean active() {
        return bus.reachesOtherNodes();
    }

    /** Announces the keys to the other nodes, in as many messages as the bus's payload limit needs. */
    void announce(List<String> keys) {
        if (keys.isEmpty() || !active()) {
            return;
        }
        StringBuilder message = new StringBuilder(node);
        for (String key : keys) {
            if (key.indexOf(SEPARATOR) >= 0 || key.indexOf('\n') >= 0 || key.length() > LiveBus.MAX_PAYLOAD / 2) {
                LOG.warn("Search key not sent to the other nodes: {}", key.length() > 80 ? key.substring(0, 80) : key);
                continue;
            }
            if (message.length() + 1 + key.length() > LiveBus.MAX_PAYLOAD) {
                bus.publish(TOPIC, message.toString());
                message = new StringBuilder(node);
            }
            message.append(SEPARATOR).append(key);
        }
        if (message.length() > node.length()) {
            bus.publish(TOPIC, message.toString());
        }
    }

    /** Hands the keys another node announced to {@code apply}, on the bus's thread (which must only hand over). */
    void listen(Consumer<List<String>> apply) {
        if (!active()) {
            return;
        }
        stop = bus.subscribe(TOPIC, payload -> {
            List<String> parts = Arrays.asList(payload.split(String.valueOf(SEPARATOR)));
            if (parts.size() > 1 && !parts.get(0).equals(node)) {
                apply.accept(new ArrayList<>(parts.subList(1, parts.size())));
            }
        });
    }

    @PreDestroy
    void close() {
        stop.run();
    }
}
