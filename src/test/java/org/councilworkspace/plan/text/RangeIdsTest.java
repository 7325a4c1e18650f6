package org.councilworkspace.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RangeIdsTest {

    @Test
    void equal_ranges_of_either_text_get_one_id_numbered_in_order_of_first_appearance() {
        RangeIds ids = new RangeIds();
        ids.reset("the plan and the rail", "a plan for the rail");
        assertThat(ids.id(0, 0, 3)).isZero();
        assertThat(ids.id(0, 4, 8)).isEqualTo(1);
        assertThat(ids.id(0, 13, 16)).isZero();
        assertThat(ids.id(1, 2, 6)).isEqualTo(1);
        assertThat(ids.id(1, 0, 1)).isEqualTo(2);
        assertThat(ids.id(1, 15, 19)).isEqualTo(3);
        assertThat(ids.id(0, 17, 21)).isEqualTo(3);
        // An empty range is a range like any other.
        assertThat(ids.id(0, 3, 3)).isEqualTo(ids.id(1, 5, 5)).isEqualTo(4);
    }

    @Test
    void thousands_of_distinct_ranges_match_a_map_of_substrings_after_growing_and_after_a_reset() {
        Random random = new Random(11L);
        RangeIds ids = new RangeIds();
        for (int round = 0; round < 3; round++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 20_000; i++) {
                a.append((char) ('a' + random.nextInt(4)));
                b.append((char) (random.nextInt(50) == 0 ? 'ก' : 'a' + random.nextInt(4)));
            }
            String oldText = a.toString();
            String newText = b.toString();
            ids.reset(oldText, newText);
            Map<String, Integer> expected = new HashMap<>();
            for (int i = 0; i < 30_000; i++) {
                int side = random.nextInt(2);
                String text = side == 0 ? oldText : newText;
                int start = random.nextInt(text.length() - 12);
                int end = start + random.nextInt(12);
                Integer known = expected.putIfAbsent(text.substring(start, end), expected.size());
                assertThat(ids.id(side, start, end)).isEqualTo(known == null ? expected.size() - 1 : known);
            }
        }
    }
}
