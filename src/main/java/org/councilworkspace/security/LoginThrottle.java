package org.councilworkspace.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address in a sliding window. After too many
 * failures further tries are refused, before any password hashing, until the window has moved on.
 * The address limit is higher than the account limit because a ministry's staff often share one
 * outgoing address.
 * Kept in memory: a restart forgives, which is acceptable for throttling (it is not an account lock).
 */
@Component
public class LoginThrottle {

    private final Clock clock;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock,
                  @Value("${council.login.max-failures-per-account:10}") int maxPerAccount,
                  @Value("${council.login.max-failures-per-address:30}") int maxPerAddress,
                  @Value("${council.login.window:PT15M}") Duration window) {
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    public boolean isBlocked(String username, String clientAddress) {
        return count(accountKey(username)) >= maxPerAccount || count(addressKey(clientAddress)) >= maxPerAddress;
    }

    public void recordFailure(String username, String clientAddress) {
        Instant now = clock.instant();
        add(accountKey(username), now);
        add(addressKey(clientAddress), now);
    }

    /** A successful sign-in clears the account's count (not the address's: one address may try many accounts). */
    public void recordSuccess(String username) {
        failures.remove(accountKey(username));
    }

    public Duration window() {
        return window;
    }

    private int count(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            return times.size();
        }
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(now);
            // Bounded memory: older entries beyond the limit add nothing to the decision.
            while (times.size() > Math.max(maxPerAccount, maxPerAddress)) {
                times.removeFirst();
            }
        }
    }

    private void prune(Deque<Instant> times) {
        Instant cutoff = clock.instant().minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    private static String accountKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }
}
