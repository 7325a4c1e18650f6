package org.councilworkspace.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.councilworkspace.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

/** The flood guard blocks an address after its allowance and forgets addresses once their window has passed. */
class SubmissionThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T09:00:00Z"));
    private final SubmissionThrottle throttle = new SubmissionThrottle(clock, 3, Duration.ofHours(1));

    @Test
    void an_address_is_blocked_after_its_allowance_until_the_window_has_passed() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.isBlocked("203.0.113.7")).isFalse();
            throttle.record("203.0.113.7");
        }
        assertThat(throttle.isBlocked("203.0.113.7")).isTrue();
        assertThat(throttle.isBlocked("203.0.113.8")).as("another address").isFalse();
        clock.advance(Duration.ofMinutes(61));
        assertThat(throttle.isBlocked("203.0.113.7")).isFalse();
    }

    @Test
    void addresses_whose_window_has_passed_are_forgotten_so_memory_stays_bounded() {
        for (int i = 0; i < 5_000; i++) {
            throttle.record("198.51.100." + i);
        }
        assertThat(throttle.remembered()).isEqualTo(5_000);
        clock.advance(Duration.ofMinutes(61));
        for (int i = 0; i < 2_048; i++) {
            throttle.record("192.0.2.1");
        }
        assertThat(throttle.remembered()).as("only the address seen within the window").isEqualTo(1);
    }
}
