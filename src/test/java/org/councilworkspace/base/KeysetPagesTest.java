package org.councilworkspace.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class KeysetPagesTest {

    /** Keys 1..n, pages of at most {@code size} after a key, as a keyset query answers. */
    private static List<Long> query(long n, int size, long after, List<Long> asked) {
        asked.add(after);
        return LongStream.rangeClosed(after + 1, n).limit(size).boxed().toList();
    }

    @Test
    void every_row_is_seen_once_in_order_whether_the_last_page_is_short_full_or_there_is_none() {
        for (long n : new long[] {0, 1, 3, 4, 9}) {
            List<Long> asked = new ArrayList<>();
            List<Long> seen = new ArrayList<>();
            KeysetPages.forEach(3, after -> query(n, 3, after, asked), Long::longValue, seen::add);
            assertThat(seen).as("n=" + n).containsExactlyElementsOf(LongStream.rangeClosed(1, n).boxed().toList());
            // A full last page costs one more (empty) query, never more.
            assertThat(asked).as("n=" + n).hasSize((int) (n / 3) + 1);
        }
    }
}
