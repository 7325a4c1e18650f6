package org.councilworkspace.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jooq.Condition;
import org.jooq.Field;
import org.springframework.transaction.annotation.Transactional;

/**
 * The part every feature's "what needs me" shares: who is asking and what day and moment it is, read once from the
 * sign-in and the injected clock, and the feature's queries run in one read-only transaction. A feature states only
 * its queries and the task each row becomes: its kind, label and link.
 */
public abstract class OpenTaskQueries implements OpenTasks {

    /**
     * What each query of a feature is asked: the signed-in person's open tasks on {@code today} (and at {@code now},
     * for things with a time of day), at most {@code limit} rows.
     */
    public record Asked(long personId, LocalDate today, OffsetDateTime now, int limit) {

        /** The person's current membership of the council in {@code councilId}: what a task query joins on. */
        public Condition currentMembershipIn(Field<Long> councilId) {
            return CurrentMembership.of(personId, councilId, today);
        }
    }

    private final LongSupplier signedInPerson;
    private final Clock clock;
    private final int limit;

    /**
     * @param signedInPerson the signed-in person's id; throws
     *                       {@link org.springframework.security.access.AccessDeniedException} when nobody is signed in
     * @param limit          the most rows each query returns
     */
    protected OpenTaskQueries(LongSupplier signedInPerson, Clock clock, int limit) {
        this.signedInPerson = signedInPerson;
        this.clock = clock;
        this.limit = limit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTask> openTasks() {
        long me = signedInPerson.getAsLong();
        return tasks(new Asked(me, LocalDate.now(clock), OffsetDateTime.now(clock), limit));
    }

    /** The feature's queries, each row turned into the task the home page lists, in the order they should appear. */
    protected abstract List<OpenTask> tasks(Asked asked);

    /** Every row of one query as a task. */
    protected static <R> List<OpenTask> each(List<R> rows, Function<R, OpenTask> task) {
        return rows.stream().map(task).toList();
    }
}
