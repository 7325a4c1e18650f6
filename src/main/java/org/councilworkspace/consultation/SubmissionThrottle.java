package org.councilworkspace.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how many comments one client address may send in a sliding window, so a script cannot flood a
 * public round. The address comes from the servlet request; behind a proxy it is the client's only when
 * {@code server.forward-headers-strategy=native} is set, so a forged X-Forwarded-For is otherwise ignored.
 * Kept in memory: a restart forgives, which is acceptable for a flood guard. Addresses whose window has passed are
 * forgotten, so the memory it takes is bounded by the addresses seen within one window.
 */
@Component
class SubmissionThrottle {

    private final Clock clock;
    private final int maxPerAddress;
    private final Duration window;
    private static final int SWEEP_EVERY = 1024;

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final AtomicLong recorded = new AtomicLong();

    SubmissionThrottle(Clock clock,
                       @Value("${council.consultation.max-submissions-per-address:10}") int maxPerAddress,
                       @Value("${council.consultation.submission-window:PT1H}") Duration window) {
        this.clock = clock;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    boolean isBlocked(String address) {
        // Each address's times change only inside the map's atomic compute, and an address whose window has
        // emptied is dropped, so the map holds only addresses seen within the window.
        Deque<Instant> times = attempts.computeIfPresent(key(address), (k, t) -> pruned(t));
        return times != null && times.size() >= maxPerAddress;
    }

    void record(String address) {
        attempts.compute(key(address), (k, t) -> {
            Deque<Instant> times = t == null ? new ArrayDeque<>() : pruned(t);
            if (times == null) {
                times = new ArrayDeque<>();
            }
            times.addLast(clock.instant());
            return times;
        });
        if (recorded.incrementAndGet() % SWEEP_EVERY == 0) {
            attempts.keySet().forEach(k -> attempts.computeIfPresent(k, (key, t) -> pruned(t)));
        }
    }

    /** How many addresses are remembered: those that sent something within the window (for tests). */
    int remembered() {
        return attempts.size();
    }

    Duration window() {
        return window;
    }

    /** The times still inside the window, or null (the address is forgotten) when none is. */
    private Deque<Instant> pruned(Deque<Instant> times) {
        Instant oldest = clock.instant().minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
        return times.isEmpty() ? null : times;
    }

    private static String key(String address) {
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
