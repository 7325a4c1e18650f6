package org.councilworkspace.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed and throttled sign-ins in memory and writes them to the audit trail as a few summaries, once per
 * interval, instead of one entry per attempt. Every audit entry takes the chain's lock, so a flood of anonymous
 * guesses written one by one would make members' saves wait behind it.
 *
 * <p>Bounded on both sides: at most {@code maxPairs} account and address pairs are counted one by one per
 * interval (the rest only in one total), and at most {@code maxEntries} entries are written per interval, the
 * pairs with the most attempts first, then one entry summing up the others. Written in the background, each in
 * a transaction of its own, so the lock is held briefly and never by a sign-in request.
 */
@Component
class SignInFailureLog {

    private static final Logger LOG = LoggerFactory.getLogger(SignInFailureLog.class);

    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int maxPairs;
    private final int maxEntries;
    private Map<Pair, int[]> counts = new HashMap<>();
    private int overflowFailed;
    private int overflowThrottled;
    private Instant since;

    SignInFailureLog(Clock clock, ApplicationEventPublisher events,
                     @Value("${council.login.audit-max-pairs:1000}") int maxPairs,
                     @Value("${council.login.audit-max-entries:50}") int maxEntries) {
        this.clock = clock;
        this.events = events;
        this.maxPairs = maxPairs;
        this.maxEntries = maxEntries;
        this.since = clock.instant();
    }

    synchronized void failed(String username, String address) {
        count(username, address, 0);
    }

    synchronized void throttled(String username, String address) {
        count(username, address, 1);
    }

    /** Writes what was counted since the last flush, and starts counting afresh. */
    @Scheduled(fixedDelayString = "${council.login.audit-interval:PT1M}",
            initialDelayString = "${council.login.audit-interval:PT1M}")
    void flush() {
        drain().forEach(events::publishEvent);
    }

    /** What was counted since the last interval is written on shutdown too, while the database is still there. */
    @EventListener(ContextClosedEvent.class)
    void flushOnShutdown() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warn("Could not write the last sign-in failure counts to the audit trail", e);
        }
    }

    private void count(String username, String address, int kind) {
        Pair pair = new Pair(LoginThrottle.normalise(username), address == null ? "unknown" : address);
        int[] c = counts.get(pair);
        if (c == null && counts.size() >= maxPairs) {
            if (kind == 0) {
                overflowFailed++;
            } else {
                overflowThrottled++;
            }
            return;
        }
        if (c == null) {
            c = new int[2];
            counts.put(pair, c);
        }
        c[kind]++;
    }

    private synchronized List<SignInFailures> drain() {
        Instant from = since;
        Instant to = clock.instant();
        List<Map.Entry<Pair, int[]>> pairs = new ArrayList<>(counts.entrySet());
        pairs.sort(Comparator.comparingInt((Map.Entry<Pair, int[]> e) -> e.getValue()[0] + e.getValue()[1]).reversed());
        List<SignInFailures> entries = new ArrayList<>();
        int restFailed = overflowFailed;
        int restThrottled = overflowThrottled;
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i).getKey();
            int[] c = pairs.get(i).getValue();
            if (i < maxEntries) {
                entries.add(new SignInFailures(pair.account(), pair.address(), c[0], c[1], from, to));
            } else {
                restFailed += c[0];
                restThrottled += c[1];
            }
        }
        if (restFailed + restThrottled > 0) {
            entries.add(new SignInFailures(SignInFailures.OTHERS, SignInFailures.OTHERS, restFailed, restThrottled,
                    from, to));
        }
        counts = new HashMap<>();
        overflowFailed = 0;
        overflowThrottled = 0;
        since = to;
        return entries;
    }

    private record Pair(String account, String address) {
    }
}
