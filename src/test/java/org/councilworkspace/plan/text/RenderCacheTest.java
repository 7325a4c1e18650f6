package org.councilworkspace.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderCacheTest {

    private final AtomicInteger renders = new AtomicInteger();

    private String upper(String s) {
        renders.incrementAndGet();
        return s.toUpperCase();
    }

    @Test
    void the_same_text_is_rendered_once_and_a_changed_text_again() {
        RenderCache cache = new RenderCache(1_000, this::upper);
        assertThat(cache.apply("abc")).isEqualTo("ABC");
        assertThat(cache.apply("abc")).isEqualTo("ABC");
        assertThat(renders).hasValue(1);
        assertThat(cache.apply("abd")).isEqualTo("ABD");
        assertThat(renders).hasValue(2);
    }

    @Test
    void the_least_recently_used_fall_out_when_the_budget_is_spent() {
        RenderCache cache = new RenderCache(100, this::upper);
        String a = "a".repeat(10);
        String b = "b".repeat(10);
        cache.apply(a);
        cache.apply(b);
        cache.apply(a); // a is now the most recent
        for (int i = 0; i < 3; i++) {
            cache.apply(Integer.toString(i).repeat(10)); // each entry costs 20 characters
        }
        assertThat(cache.size()).isEqualTo(5);
        cache.apply("x".repeat(10));
        assertThat(cache.size()).as("within 100 characters").isEqualTo(5);
        int before = renders.get();
        cache.apply(a);
        assertThat(renders.get()).as("a was used recently, so it stayed").isEqualTo(before);
        cache.apply(b);
        assertThat(renders.get()).as("b was the oldest, so it went").isEqualTo(before + 1);
    }

    @Test
    void texts_too_large_for_the_budget_are_rendered_without_being_kept() {
        RenderCache cache = new RenderCache(80, this::upper);
        cache.apply("z".repeat(50));
        cache.apply("z".repeat(50));
        assertThat(renders).hasValue(2);
        assertThat(cache.size()).isZero();
    }
}
