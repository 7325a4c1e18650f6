package org.councilworkspace.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedBodiesTest {

    @Test
    void equal_texts_of_one_revision_come_back_as_one_string() {
        SharedBodies bodies = new SharedBodies(1_000);
        String first = bodies.shared(7, new String("ข้อความของร่าง"));
        String again = bodies.shared(7, new String("ข้อความของร่าง"));
        assertThat(again).isSameAs(first).isEqualTo("ข้อความของร่าง");
    }

    @Test
    void a_different_text_under_a_known_id_is_returned_as_read_and_remembered() {
        SharedBodies bodies = new SharedBodies(1_000);
        bodies.shared(7, "old text");
        String read = new String("new text");
        assertThat(bodies.shared(7, read)).isSameAs(read);
        assertThat(bodies.shared(7, new String("new text"))).isSameAs(read);
    }

    @Test
    void the_least_recently_read_fall_out_past_the_budget_and_huge_texts_are_not_kept() {
        SharedBodies bodies = new SharedBodies(100);
        String a = bodies.shared(1, "a".repeat(10));
        bodies.shared(2, "b".repeat(10));
        for (long id = 3; id < 20; id++) {
            bodies.shared(id, Long.toString(id).repeat(5));
        }
        assertThat(bodies.shared(1, "a".repeat(10))).isNotSameAs(a);
        assertThat(bodies.size()).isLessThanOrEqualTo(11);
        String huge = "x".repeat(50);
        bodies.shared(99, huge);
        assertThat(bodies.shared(99, "x".repeat(50))).isNotSameAs(huge);
    }
}
