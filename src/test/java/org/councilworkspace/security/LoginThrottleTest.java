package org.councilworkspace.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.councilworkspace.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2027-01-10T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 10, 30, Duration.ofMinutes(15), 1000);

    @Test
    void ten_failures_on_one_account_block_it_for_the_window() {
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("somchai", "10.0.0." + i);
        }
        assertThat(throttle.isBlocked("somchai", "192.0.2.1")).isFalse();
        throttle.recordFailure("somchai", "10.0.0.99");
        assertThat(throttle.isBlocked("somchai", "192.0.2.1")).isTrue();
        assertThat(throttle.isBlocked("SomChai ", "192.0.2.1")).as("user name case and spaces do not escape it").isTrue();
        assertThat(throttle.isBlocked("pranee", "192.0.2.1")).as("other accounts are unaffected").isFalse();
    }

    @Test
    void the_block_lifts_once_the_failures_leave_the_window() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("wichai", "198.51.100.7");
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isBlocked("wichai", "203.0.113.5")).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.isBlocked("wichai", "203.0.113.5")).isFalse();
    }

    @Test
    void one_address_guessing_many_accounts_is_blocked() {
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure("user" + i, "198.51.100.66");
        }
        assertThat(throttle.isBlocked("fresh-account", "198.51.100.66")).isTrue();
        assertThat(throttle.isBlocked("fresh-account", "198.51.100.67")).isFalse();
    }

    @Test
    void a_successful_sign_in_clears_the_account_count() {
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("nattaya", "192.0.2.9");
        }
        throttle.recordSuccess("nattaya");
        throttle.recordFailure("nattaya", "192.0.2.9");
        assertThat(throttle.isBlocked("nattaya", "192.0.2.10")).isFalse();
    }

    @Test
    void a_flood_from_ever_new_addresses_does_not_grow_the_throttle_beyond_its_bound() {
        for (int i = 0; i < 50_000; i++) {
            throttle.recordFailure("guess" + i, "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }
        assertThat(throttle.tracked()).isLessThanOrEqualTo(1000);
    }

    @Test
    void accounts_and_addresses_whose_failures_left_the_window_are_forgotten() {
        for (int i = 0; i < 200; i++) {
            throttle.recordFailure("old" + i, "192.0.2." + i);
        }
        assertThat(throttle.tracked()).isEqualTo(400);
        clock.advance(Duration.ofMinutes(16));
        throttle.recordFailure("new", "198.51.100.1");
        assertThat(throttle.tracked()).isEqualTo(2);
    }

    @Test
    void an_account_under_attack_stays_blocked_while_a_flood_pushes_others_out() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("somchai", "203.0.113." + i);
        }
        for (int i = 0; i < 5_000; i++) {
            throttle.recordFailure("somchai", "198.18." + (i >> 8) + "." + (i & 255));
            throttle.recordFailure("random" + i, "198.19." + (i >> 8) + "." + (i & 255));
        }
        assertThat(throttle.tracked()).isLessThanOrEqualTo(1000);
        assertThat(throttle.isBlocked("somchai", "192.0.2.200")).isTrue();
    }
}
