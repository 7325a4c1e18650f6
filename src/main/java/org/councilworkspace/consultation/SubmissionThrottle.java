package org.councilworkspace.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how many comments one client address may send in a sliding window, so a script cannot flood a
 * public round. The address comes from the servlet request; behind a proxy it is the client's only when
 * {@code server.forward-headers-strategy=native} is set, so a forged X-Forwarded-For is otherwise ignored.
 * Kept in memory: a restart forgives, which is acceptable for a flood guard.
 */
@Component
class SubmissionThrottle {

    private final Clock clock;
    private final int maxPerAddress;
    private final Duration window;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    SubmissionThrottle(Clock clock,
                       @Value("${council.consultation.max-submissions-per-address:10}") int maxPerAddress,
                       @Value("${council.consultation.submission-window:PT1H}") Duration window) {
        this.clock = clock;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    boolean isBlocked(String address) {
        Deque<Instant> times = attempts.get(key(address));
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times);
            return times.size() >= maxPerAddress;
        }
    }

    void record(String address) {
        Deque<Instant> times = attempts.computeIfAbsent(key(address), k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
        }
    }

    Duration window() {
        return window;
    }

    private void prune(Deque<Instant> times) {
        Instant oldest = clock.instant().minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private static String key(String address) {
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
