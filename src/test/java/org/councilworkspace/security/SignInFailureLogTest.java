package org.councilworkspace.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

class SignInFailureLogTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2027-01-10T09:00:00Z"));
    private final List<Object> published = new ArrayList<>();
    private final SignInFailureLog log = new SignInFailureLog(clock, published::add, 100, 5);

    @Test
    void many_failures_for_one_account_from_one_address_become_one_entry_with_their_count() {
        for (int i = 0; i < 40; i++) {
            log.failed("Somchai", "198.51.100.7");
        }
        for (int i = 0; i < 960; i++) {
            log.throttled("somchai ", "198.51.100.7");
        }
        clock.advance(Duration.ofMinutes(1));
        log.flush();

        assertThat(published).containsExactly(new SignInFailures("somchai", "198.51.100.7", 40, 960,
                Instant.parse("2027-01-10T09:00:00Z"), Instant.parse("2027-01-10T09:01:00Z")));
        assertThat(((SignInFailures) published.get(0)).summary())
                .isEqualTo("40 failed, 960 refused by throttling from 198.51.100.7, 2027-01-10T09:00:00Z to 2027-01-10T09:01:00Z");
    }

    @Test
    void a_flush_with_nothing_counted_writes_nothing_and_the_next_interval_starts_afresh() {
        log.failed("pranee", "192.0.2.1");
        log.flush();
        published.clear();
        log.flush();
        assertThat(published).isEmpty();
        log.failed("pranee", "192.0.2.1");
        log.flush();
        assertThat(published).hasSize(1);
        assertThat(((SignInFailures) published.get(0)).failed()).isEqualTo(1);
    }

    @Test
    void a_flood_from_many_addresses_is_written_as_the_busiest_pairs_and_one_total_for_the_rest() {
        for (int i = 0; i < 10; i++) {
            log.failed("wichai", "203.0.113.9");
        }
        for (int i = 0; i < 100_000; i++) {
            log.failed("guess" + i, "10.0." + (i >> 8 & 255) + "." + (i & 255));
        }
        log.flush();

        assertThat(published).hasSize(6);
        SignInFailures busiest = (SignInFailures) published.get(0);
        assertThat(busiest.account()).isEqualTo("wichai");
        assertThat(busiest.failed()).isEqualTo(10);
        SignInFailures rest = (SignInFailures) published.get(5);
        assertThat(rest.account()).isEqualTo(SignInFailures.OTHERS);
        int total = published.stream().mapToInt(e -> ((SignInFailures) e).failed()).sum();
        assertThat(total).as("every attempt is counted somewhere").isEqualTo(100_010);
    }
}
