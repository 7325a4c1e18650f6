package org.councilworkspace.testsupport;

import java.util.function.Supplier;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements jOOQ sends on the calling thread while an action runs, so a test can hold a service to
 * a fixed number of round trips (a batch counts once). Other threads and other tests are not counted.
 */
@TestConfiguration
public class QueryCounter {

    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

    /** What an action returned and how many statements it sent. */
    public record Counted<T>(T result, int statements) {
    }

    public static <T> Counted<T> count(Supplier<T> action) {
        int[] previous = COUNTING.get();
        int[] count = {0};
        COUNTING.set(count);
        try {
            T result = action.get();
            return new Counted<>(result, count[0]);
        } finally {
            if (previous == null) {
                COUNTING.remove();
            } else {
                previous[0] += count[0];
                COUNTING.set(previous);
            }
        }
    }

    @Bean
    ExecuteListenerProvider statementCounter() {
        return new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                int[] count = COUNTING.get();
                if (count != null) {
                    count[0]++;
                }
            }
        });
    }
}
