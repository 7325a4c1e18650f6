package org.councilworkspace.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address in a sliding window. After too many
 * failures further tries are refused, before any password hashing, until the window has moved on.
 * The address limit is higher than the account limit because a ministry's staff often share one
 * outgoing address.
 * Kept in memory: a restart forgives, which is acceptable for throttling (it is not an account lock).
 *
 * <p>Bounded: the accounts and addresses are kept in the order of their latest failure, those whose failures have
 * all left the window are dropped, and beyond {@code maxTracked} the least recently failing are dropped first,
 * so a flood from ever new addresses cannot grow it without limit. An account under attack keeps failing and so
 * stays at the recent end.
 */
@Component
public class LoginThrottle {

    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final int maxTracked;
    /** In order of the latest failure, oldest first (re-inserted on every failure). Guarded by itself. */
    private final LinkedHashMap<String, Deque<Instant>> failures = new LinkedHashMap<>();

    LoginThrottle(Clock clock,
                  @Value("${council.login.max-failures-per-account:10}") int maxPerAccount,
                  @Value("${council.login.max-failures-per-address:30}") int maxPerAddress,
                  @Value("${council.login.window:PT15M}") Duration window,
                  @Value("${council.login.max-tracked:10000}") int maxTracked) {
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.maxTracked = maxTracked;
    }

    public boolean isBlocked(String username, String clientAddress) {
        synchronized (failures) {
            return count(accountKey(username)) >= maxPerAccount || count(addressKey(clientAddress)) >= maxPerAddress;
        }
    }

    public void recordFailure(String username, String clientAddress) {
        Instant now = clock.instant();
        synchronized (failures) {
            add(accountKey(username), now, maxPerAccount);
            add(addressKey(clientAddress), now, maxPerAddress);
            evict(now);
        }
    }

    /** A successful sign-in clears the account's count (not the address's: one address may try many accounts). */
    public void recordSuccess(String username) {
        synchronized (failures) {
            failures.remove(accountKey(username));
        }
    }

    public Duration window() {
        return window;
    }

    /** How many accounts and addresses are remembered now, for tests and monitoring. */
    public int tracked() {
        synchronized (failures) {
            evict(clock.instant());
            return failures.size();
        }
    }

    private int count(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        prune(times, clock.instant());
        return times.size();
    }

    private void add(String key, Instant now, int limit) {
        Deque<Instant> times = failures.remove(key);
        if (times == null) {
            times = new ArrayDeque<>(Math.min(limit, 4));
        }
        prune(times, now);
        times.addLast(now);
        // Older failures beyond the limit add nothing to the decision.
        while (times.size() > limit) {
            times.removeFirst();
        }
        failures.put(key, times);
    }

    private void evict(Instant now) {
        Iterator<Map.Entry<String, Deque<Instant>>> oldestFirst = failures.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            Deque<Instant> times = oldestFirst.next().getValue();
            boolean expired = times.isEmpty() || !times.peekLast().isAfter(now.minus(window));
            if (!expired && failures.size() <= maxTracked) {
                return;
            }
            oldestFirst.remove();
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String accountKey(String username) {
        return "u:" + normalise(username);
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }
}
