package org.councilworkspace.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.councilworkspace.base.live.LiveBus;
import org.councilworkspace.base.live.PageListeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who has which section open, and news of saves, for open pages on every app node. A save is announced with
 * identifiers only, after its transaction commits (so nobody is told of text that then rolls back); each node
 * re-reads the revision. Presence is announced to every node too, and repeated every half minute so that the
 * people on a node that stopped disappear from the others within {@link #PRESENCE_TTL_MILLIS}.
 */
@Component
public class SectionActivity implements AutoCloseable {

    static final String REVISED = "section-revised";
    static final String PRESENCE = "presence";
    static final long HEARTBEAT_MILLIS = 30_000;
    static final long PRESENCE_TTL_MILLIS = 75_000;
    private static final Logger LOG = LoggerFactory.getLogger(SectionActivity.class);

    /** A presence with the section it is on, when it was last heard of and whether this node owns it. */
    private record Seen(Presence presence, long at) {
    }

    private final LiveBus bus;
    private final RevisionRepository revisions;
    private final PageListeners<SectionListener> listeners = new PageListeners<>("section");
    private final Map<Long, Map<String, Seen>> present = new ConcurrentHashMap<>();
    /** This node's own pages: where each is, to repeat it in the heartbeat. */
    private record Mine(long sectionId, Presence presence) {
    }

    private final Map<String, Mine> mine = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "presence-heartbeat");
        t.setDaemon(true);
        return t;
    });

    SectionActivity(LiveBus bus, RevisionRepository revisions) {
        this.bus = bus;
        this.revisions = revisions;
        bus.subscribe(REVISED, this::revisedNews);
        bus.subscribe(PRESENCE, this::presenceNews);
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_MILLIS, HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Starts listening to a section; run the returned action to stop (when the page closes). */
    public Runnable subscribe(long sectionId, SectionListener listener) {
        return listeners.add(sectionId, listener);
    }

    /*
     * Entering, leaving and the heartbeat's repetition of a page take turns (on this node's own pages only): a
     * heartbeat that read a page just before it left must not announce it after its leaving, which would list it
     * again until the others' time-out.
     */
    public void enter(long sectionId, Presence presence) {
        synchronized (mine) {
            mine.put(presence.key(), new Mine(sectionId, presence));
            announce(sectionId, presence);
        }
    }

    public void leave(long sectionId, String key) {
        synchronized (mine) {
            if (mine.remove(key) != null) {
                bus.publish(PRESENCE, "leave " + sectionId + " " + safe(key));
            }
        }
    }

    public List<Presence> present(long sectionId) {
        return present.getOrDefault(sectionId, Map.of()).values().stream().map(Seen::presence).toList();
    }

    @EventListener
    void onRevised(SectionRevised event) {
        bus.publish(REVISED, event.sectionId() + " " + event.revisionId() + " " + event.planId() + " "
                + dash(event.councilId()) + " " + dash(event.actorId()));
    }

    private void revisedNews(String payload) {
        String[] p = payload.split(" ");
        long sectionId = Long.parseLong(p[0]);
        if (!listeners.any(sectionId)) {
            return;
        }
        revisions.find(Long.parseLong(p[1])).ifPresent(r -> {
            SectionRevised event = new SectionRevised(undash(p[4]), null, r.authorName(), undash(p[3]),
                    Long.parseLong(p[2]), sectionId, r.id(), r.revisionNo(), r.kind());
            listeners.tell(sectionId, listener -> listener.revised(event));
        });
    }

    private void announce(long sectionId, Presence p) {
        bus.publish(PRESENCE, "enter " + sectionId + " " + safe(p.key()) + " " + p.userId() + " " + p.editing());
    }

    private void presenceNews(String payload) {
        String[] p = payload.split(" ");
        long sectionId = Long.parseLong(p[1]);
        String key = p[2];
        boolean changed;
        if (p[0].equals("enter")) {
            long userId = Long.parseLong(p[3]);
            boolean editing = Boolean.parseBoolean(p[4]);
            Map<String, Seen> here = present.computeIfAbsent(sectionId, k -> new ConcurrentHashMap<>());
            Seen before = here.get(key);
            String name = before != null && before.presence().userId() == userId ? before.presence().displayName()
                    : revisions.displayName(userId).orElse("");
            Seen now = new Seen(new Presence(key, userId, name, editing), System.currentTimeMillis());
            here.put(key, now);
            changed = before == null || before.presence().editing() != editing;
            // A page moved on to another section: it is no longer on the one before.
            for (Map.Entry<Long, Map<String, Seen>> e : present.entrySet()) {
                if (e.getKey() != sectionId && e.getValue().remove(key) != null) {
                    announcePresence(e.getKey());
                }
            }
        } else {
            Map<String, Seen> here = present.get(sectionId);
            changed = here != null && here.remove(key) != null;
        }
        if (changed) {
            announcePresence(sectionId);
        }
    }

    /** Repeats this node's presences and forgets those not heard of for a while (their node stopped). */
    private void beat() {
        try {
            for (Mine m : mine.values()) {
                synchronized (mine) {
                    if (mine.get(m.presence().key()) == m) {
                        announce(m.sectionId(), m.presence());
                    }
                }
            }
            long cutoff = System.currentTimeMillis() - PRESENCE_TTL_MILLIS;
            for (Map.Entry<Long, Map<String, Seen>> e : present.entrySet()) {
                if (e.getValue().values().removeIf(s -> s.at() < cutoff && !mine.containsKey(s.presence().key()))) {
                    announcePresence(e.getKey());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Presence heartbeat failed", e);
        }
    }

    private void announcePresence(long sectionId) {
        List<Presence> now = new ArrayList<>(present(sectionId));
        listeners.tell(sectionId, listener -> listener.presenceChanged(now));
    }

    /** Keys travel space-separated: no spaces in them. */
    private static String safe(String key) {
        return key.replace(' ', '_');
    }

    private static String dash(Long value) {
        return value == null ? "-" : value.toString();
    }

    private static Long undash(String value) {
        return value.equals("-") ? null : Long.valueOf(value);
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
    }
}
