package org.councilworkspace.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.councilworkspace.plan.ui.OpenPages.Seen;
import org.junit.jupiter.api.Test;

/** The presence sweep's rule, with made-up pages whose state each test sets between sweeps. */
class OpenPagesTest {

    private final OpenPages pages = new OpenPages();
    private final List<String> told = new ArrayList<>();

    /** A page the test moves from state to state; what the sweep does to it lands in {@link #told}. */
    private AtomicReference<Seen> page(String key, Seen initially) {
        AtomicReference<Seen> state = new AtomicReference<>(initially);
        pages.watch(key, new OpenPages.Page(state::get, () -> told.add(key + " gone"), () -> told.add(key + " back")));
        return state;
    }

    @Test
    void a_closing_tab_leaves_at_the_next_sweep_and_is_forgotten() {
        AtomicReference<Seen> tab = page("a", Seen.CONNECTED);
        pages.sweep();
        tab.set(Seen.CLOSING);
        pages.sweep();
        assertThat(told).containsExactly("a gone");
        assertThat(pages.size()).isZero();
        pages.sweep();
        assertThat(told).containsExactly("a gone");
    }

    @Test
    void a_dropped_connection_leaves_at_the_second_sweep_that_finds_it_down_not_the_first() {
        AtomicReference<Seen> tab = page("a", Seen.CONNECTED);
        pages.sweep();
        tab.set(Seen.DISCONNECTED);
        pages.sweep();
        assertThat(told).isEmpty();
        pages.sweep();
        assertThat(told).containsExactly("a gone");
        pages.sweep();
        assertThat(told).as("told once").containsExactly("a gone");
    }

    @Test
    void a_connection_down_at_one_sweep_only_is_a_reconnect_and_changes_nothing() {
        AtomicReference<Seen> tab = page("a", Seen.CONNECTED);
        pages.sweep();
        tab.set(Seen.DISCONNECTED);
        pages.sweep();
        tab.set(Seen.CONNECTED);
        pages.sweep();
        tab.set(Seen.DISCONNECTED);
        pages.sweep();
        assertThat(told).isEmpty();
    }

    @Test
    void a_page_still_loading_its_connection_stays_on_the_list() {
        page("a", Seen.DISCONNECTED);
        for (int i = 0; i < 5; i++) {
            pages.sweep();
        }
        assertThat(told).isEmpty();
        assertThat(pages.size()).isOne();
    }

    @Test
    void a_page_whose_connection_comes_back_is_announced_again() {
        AtomicReference<Seen> tab = page("a", Seen.CONNECTED);
        pages.sweep();
        tab.set(Seen.DISCONNECTED);
        pages.sweep();
        pages.sweep();
        tab.set(Seen.CONNECTED);
        pages.sweep();
        assertThat(told).containsExactly("a gone", "a back");
    }

    @Test
    void a_busy_page_is_neither_counted_as_down_nor_as_up() {
        AtomicReference<Seen> tab = page("a", Seen.CONNECTED);
        pages.sweep();
        tab.set(Seen.DISCONNECTED);
        pages.sweep();
        tab.set(Seen.BUSY);
        pages.sweep();
        assertThat(told).isEmpty();
        tab.set(Seen.DISCONNECTED);
        pages.sweep();
        assertThat(told).containsExactly("a gone");
    }

    @Test
    void a_page_no_longer_watched_is_never_announced_again() {
        AtomicReference<Seen> state = new AtomicReference<>(Seen.CONNECTED);
        Runnable unwatch = pages.watch("a", new OpenPages.Page(state::get, () -> told.add("gone"),
                () -> told.add("back")));
        pages.sweep();
        state.set(Seen.DISCONNECTED);
        pages.sweep();
        pages.sweep();
        unwatch.run();
        state.set(Seen.CONNECTED);
        pages.sweep();
        assertThat(told).containsExactly("gone");
        assertThat(pages.size()).isZero();
    }

    @Test
    void a_page_that_fails_to_be_looked_at_does_not_keep_the_others_on_the_list() {
        pages.watch("broken", new OpenPages.Page(() -> {
            throw new IllegalStateException("taken apart");
        }, () -> told.add("broken gone"), () -> told.add("broken back")));
        AtomicReference<Seen> tab = page("a", Seen.CONNECTED);
        pages.sweep();
        tab.set(Seen.CLOSING);
        pages.sweep();
        assertThat(told).containsExactly("a gone");
        assertThat(pages.size()).isOne();
    }

    @Test
    void a_tab_whose_connection_drops_at_any_moment_leaves_within_ten_seconds() {
        // Sweeps every SWEEP_MILLIS on a made-up clock; the connection drops just after a sweep, the worst moment.
        AtomicReference<Seen> tab = page("a", Seen.CONNECTED);
        long now = 0;
        pages.sweep();
        long dropped = now + 1;
        tab.set(Seen.DISCONNECTED);
        while (told.isEmpty() && now < 60_000) {
            now += PresenceSweep.SWEEP_MILLIS;
            pages.sweep();
        }
        assertThat(told).containsExactly("a gone");
        // The rest of the ten seconds is for the news to reach the other pages and be shown.
        assertThat(now - dropped).isLessThanOrEqualTo(6_000);
    }
}
