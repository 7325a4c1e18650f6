package org.councilworkspace.benchmark;

import io.gatling.javaapi.core.Session;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What {@link PortalSimulation} measured, per step, read by {@link PortalBenchmark} after Gatling returns (both run in
 * one JVM). Response times go into a histogram of whole milliseconds, so the figures take the same memory however
 * many requests a step makes: the benchmark measures the heap while they are kept.
 */
final class PortalLoadFigures {

    /** Gatling's response time, saved by the request's check. */
    static final String RESPONSE_TIME = "responseTime";
    private static final int MAX_MILLIS = 60_000;
    private static final Map<String, Step> STEPS = new ConcurrentHashMap<>();
    private static final Set<String> RECEIPTS = ConcurrentHashMap.newKeySet();

    /** One step's answers: response times, failures, and the span from the first to the last answer. */
    static final class Step {
        private final AtomicIntegerArray millis = new AtomicIntegerArray(MAX_MILLIS + 1);
        private final AtomicLong ok = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
        private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

        private void add(int responseMillis, boolean success) {
            long now = System.nanoTime();
            first.accumulateAndGet(now, Math::min);
            last.accumulateAndGet(now, Math::max);
            if (success) {
                ok.incrementAndGet();
                millis.incrementAndGet(Math.min(Math.max(responseMillis, 0), MAX_MILLIS));
            } else {
                failed.incrementAndGet();
            }
        }

        long ok() {
            return ok.get();
        }

        long failed() {
            return failed.get();
        }

        /** Successful answers per second over the span of the step's answers. */
        double perSecond() {
            double seconds = (last.get() - first.get()) / 1e9;
            return seconds <= 0 ? 0 : ok.get() / seconds;
        }

        /** The response time that {@code percent} of the successful answers did not exceed, in ms. */
        int percentile(double percent) {
            long wanted = (long) Math.ceil(ok.get() * percent / 100.0);
            long seen = 0;
            for (int i = 0; i <= MAX_MILLIS; i++) {
                seen += millis.get(i);
                if (seen >= Math.max(wanted, 1)) {
                    return i;
                }
            }
            return MAX_MILLIS;
        }
    }

    private PortalLoadFigures() {
    }

    /** Counts the answer the session just got under {@code step}, and clears a failure for its next request. */
    static Session record(String step, Session session) {
        Integer millis = session.contains(RESPONSE_TIME) ? session.getInt(RESPONSE_TIME) : null;
        STEPS.computeIfAbsent(step, s -> new Step()).add(millis == null ? -1 : millis, !session.isFailed() && millis != null);
        return session.remove(RESPONSE_TIME).markAsSucceeded();
    }

    static Session receipt(Session session, String receiptNo) {
        RECEIPTS.add(receiptNo);
        return session;
    }

    static Step step(String name) {
        return STEPS.getOrDefault(name, new Step());
    }

    static Set<String> receipts() {
        return Set.copyOf(RECEIPTS);
    }

    static void clear() {
        STEPS.clear();
        RECEIPTS.clear();
    }
}
