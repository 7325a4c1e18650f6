package org.councilworkspace.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class OpenTaskQueriesTest {

    /** Late evening in Bangkok is still the day before in UTC: the day must be the clock's own. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-31T20:30:00Z"), ZoneId.of("Asia/Bangkok"));

    /** Answers one task per row of a made-up query and remembers what it was asked. */
    private static final class Recording extends OpenTaskQueries {
        final List<Asked> asked = new ArrayList<>();

        Recording(LongSupplier signedIn) {
            super(signedIn, CLOCK, 7);
        }

        @Override
        protected List<OpenTask> tasks(Asked asked) {
            this.asked.add(asked);
            return each(List.of("Budget", "Transport"), title -> new OpenTask("KIND", "Council", 2, "tasks.threads",
                    List.of(title), "plans/1"));
        }
    }

    @Test
    void the_queries_are_asked_for_the_signed_in_person_on_the_clocks_day_and_moment_with_the_limit() {
        Recording tasks = new Recording(() -> 42L);

        List<OpenTask> answer = tasks.openTasks();

        assertThat(tasks.asked).singleElement().satisfies(a -> {
            assertThat(a.personId()).isEqualTo(42L);
            assertThat(a.today()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(a.now()).isEqualTo(OffsetDateTime.now(CLOCK));
            assertThat(a.limit()).isEqualTo(7);
        });
        assertThat(answer).extracting(t -> t.args().get(0)).containsExactly("Budget", "Transport");
    }

    @Test
    void nobody_signed_in_is_refused_before_any_query_runs() {
        Recording tasks = new Recording(() -> {
            throw new AccessDeniedException("not signed in");
        });

        assertThatThrownBy(tasks::openTasks).isInstanceOf(AccessDeniedException.class);
        assertThat(tasks.asked).isEmpty();
    }
}
